namespace Boundaries.Core.Scenarios.Results;

/// <summary>Area and population of units as scenarios compare them: measured from commune polygons, plus declared figures where no polygon exists.</summary>
/// <remarks>
/// A commune's area is its polygon's ellipsoidal area plus any declared area moved in or out (NQ 728/2023 moves 3.13 km²
/// without a map). A district's or province's area and population are the sums of its communes (and unassigned polygons),
/// never its own polygon: the bundled district polygons are of another vintage (2019) than the communes (c. 2009), and
/// summing communes on both sides makes before and after compare like with like and keeps the province's total exact.
/// </remarks>
public sealed class ScenarioFigures
{
    private const double NoDeclared = 1e-12;
    private readonly AdminMap _map;
    private readonly IReadOnlyDictionary<UnitCode, double> _declaredAreaKm2;

    /// <summary>Figures of a map with the declared area adjustments (km², by commune code) of a scenario.</summary>
    public ScenarioFigures(AdminMap map, IReadOnlyDictionary<UnitCode, double>? declaredAreaKm2 = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        _map = map;
        _declaredAreaKm2 = declaredAreaKm2 ?? new Dictionary<UnitCode, double>();
    }

    /// <summary>The map the figures are of.</summary>
    public AdminMap Map => _map;

    /// <summary>Natural area in km²; null for a commune with neither polygon nor declared area.</summary>
    public double? AreaKm2Of(AdminUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Level == UnitLevel.Commune)
        {
            return unit.GeodesicAreaKm2 is { } km2 ? km2 + DeclaredKm2(unit.Code) : null;
        }

        var communes = _map.CommunesUnder(unit.Code).ToList();
        var districts = communes.Select(c => c.ParentCode).Append(unit.Code).ToHashSet();
        return communes.Sum(c => (c.GeodesicAreaKm2 ?? 0) + DeclaredKm2(c.Code))
            + _map.Unassigned.Where(a => districts.Contains(a.ParentCode)).Sum(a => a.GeodesicAreaKm2);
    }

    /// <summary>Population (official figure first): the commune's figure, or the sum of the communes below a district or province.</summary>
    public long? PopulationOf(AdminUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Level == UnitLevel.Commune ? unit.People : _map.CommunesUnder(unit.Code).Sum(c => c.People ?? 0);
    }

    /// <summary>True when a declared figure (no published polygon) is part of the unit's area and population.</summary>
    public bool IsDeclared(AdminUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var km2 = unit.Level == UnitLevel.Commune ? DeclaredKm2(unit.Code) : _map.CommunesUnder(unit.Code).Sum(c => DeclaredKm2(c.Code));
        return Math.Abs(km2) > NoDeclared;
    }

    /// <summary>The declared area (km²) added to a commune's polygon area; negative when declared area left it.</summary>
    public double DeclaredKm2(UnitCode code) => _declaredAreaKm2.GetValueOrDefault(code);

    /// <summary>How the area is obtained: "polygon", "polygon + declared", "no polygon", "sum of communes", "sum of communes + declared".</summary>
    public string AreaBasisOf(AdminUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var declared = IsDeclared(unit) ? " + declared" : "";
        return unit.Level != UnitLevel.Commune ? "sum of communes" + declared
            : unit.Geometry is null ? "no polygon"
            : "polygon" + declared;
    }

    /// <summary>The unit's identity and figures.</summary>
    public UnitSnapshot Snapshot(AdminUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new UnitSnapshot(unit.Code, unit.FullName, unit.Type, unit.ParentCode, PopulationOf(unit), AreaKm2Of(unit), AreaBasisOf(unit), IsDeclared(unit));
    }
}
