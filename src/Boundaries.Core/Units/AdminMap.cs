namespace Boundaries.Core.Units;

/// <summary>The administrative units of one area (a province) with their hierarchy and roll-ups.</summary>
/// <remarks>Immutable: operations that change the map return a new one. Units are kept in the order given.</remarks>
public sealed class AdminMap
{
    private readonly Dictionary<UnitCode, AdminUnit> _byCode;
    private readonly Dictionary<UnitCode, List<AdminUnit>> _children;

    /// <summary>Creates a map; codes must be unique (the importer reports duplicates before this point).</summary>
    public AdminMap(IEnumerable<AdminUnit> units, IEnumerable<UnassignedArea>? unassigned = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        Units = units.ToList();
        Unassigned = unassigned?.ToList() ?? [];
        _byCode = new Dictionary<UnitCode, AdminUnit>(Units.Count);
        foreach (var unit in Units)
        {
            if (!_byCode.TryAdd(unit.Code, unit))
            {
                throw new ArgumentException($"Duplicate unit code {unit.Code} ({unit.FullName}).", nameof(units));
            }
        }

        _children = Units.Where(u => u.ParentCode is not null)
            .GroupBy(u => u.ParentCode!.Value)
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>Every unit, provinces first as given by the source order.</summary>
    public IReadOnlyList<AdminUnit> Units { get; }

    /// <summary>Polygons of the sources that belong to no current unit.</summary>
    public IReadOnlyList<UnassignedArea> Unassigned { get; }

    /// <summary>The units of a level.</summary>
    public IEnumerable<AdminUnit> AtLevel(UnitLevel level) => Units.Where(u => u.Level == level);

    /// <summary>The commune-level units.</summary>
    public IEnumerable<AdminUnit> Communes => AtLevel(UnitLevel.Commune);

    /// <summary>The district-level units.</summary>
    public IEnumerable<AdminUnit> Districts => AtLevel(UnitLevel.District);

    /// <summary>The province-level units.</summary>
    public IEnumerable<AdminUnit> Provinces => AtLevel(UnitLevel.Province);

    /// <summary>The unit with this code, or null.</summary>
    public AdminUnit? Find(UnitCode code) => _byCode.GetValueOrDefault(code);

    /// <summary>The unit with this code; throws when absent.</summary>
    public AdminUnit this[UnitCode code] =>
        _byCode.TryGetValue(code, out var unit) ? unit : throw new KeyNotFoundException($"No unit with code {code}.");

    /// <summary>The units directly below this one.</summary>
    public IReadOnlyList<AdminUnit> ChildrenOf(UnitCode code) =>
        _children.TryGetValue(code, out var list) ? list : [];

    /// <summary>The parent unit, or null for a province or a unit whose parent is not in the map.</summary>
    public AdminUnit? ParentOf(AdminUnit unit) => unit.ParentCode is { } p ? Find(p) : null;

    /// <summary>The commune-level units anywhere below this unit (the unit itself when it is a commune).</summary>
    public IEnumerable<AdminUnit> CommunesUnder(UnitCode code)
    {
        var unit = this[code];
        if (unit.Level == UnitLevel.Commune)
        {
            yield return unit;
            yield break;
        }

        foreach (var child in ChildrenOf(code))
        {
            foreach (var commune in CommunesUnder(child.Code))
            {
                yield return commune;
            }
        }
    }

    /// <summary>The natural area of a unit in km²: its own polygon's ellipsoidal area, else the sum of the communes below it; null when neither is known.</summary>
    public double? AreaKm2Of(AdminUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.GeodesicAreaKm2 is { } own)
        {
            return own;
        }

        return unit.Level == UnitLevel.Commune ? null : RollUp(unit.Code).AreaKm2;
    }

    /// <summary>The population of a unit: its own figure, else its official figure, else the sum of the communes below it; null for a commune without a figure.</summary>
    /// <remarks>A 2025 unit has only its declared (official) figure; which figure an evaluation prefers is the evaluation's choice.</remarks>
    public long? PopulationOf(AdminUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Population is { } own)
        {
            return own.Value;
        }

        if (unit.OfficialPopulation is { } official)
        {
            return official.Value;
        }

        return unit.Level == UnitLevel.Commune ? null : RollUp(unit.Code).Population;
    }

    /// <summary>Area, population and subordinate counts summed from the communes below a unit.</summary>
    public RollUp RollUp(UnitCode code)
    {
        var communes = CommunesUnder(code).ToList();
        var districtCodes = communes.Select(c => c.ParentCode).Append(code).ToHashSet();
        var unassignedKm2 = Unassigned.Where(a => districtCodes.Contains(a.ParentCode)).Sum(a => a.GeodesicAreaKm2);
        var counts = ChildrenOf(code).GroupBy(c => c.Type).ToDictionary(g => g.Key, g => g.Count());
        return new RollUp(
            communes.Sum(c => c.GeodesicAreaKm2 ?? 0) + unassignedKm2,
            communes.Sum(c => c.Population?.Value ?? 0),
            communes.Where(c => c.Geometry is null).Select(c => c.Code).ToList(),
            communes.Where(c => c.Population is null).Select(c => c.Code).ToList(),
            counts);
    }
}
