namespace Boundaries.Cli.Output;

/// <summary>One line of <c>boundaries units</c>: the figures a planner checks first.</summary>
/// <param name="AreaBasis">"polygon" when measured from the unit's own polygon, "sum of communes" for a roll-up, "no geometry" when unknown.</param>
internal sealed record UnitRow(
    string Code,
    string Name,
    string Type,
    string? ParentCode,
    long? Population,
    int? PopulationYear,
    double? AreaKm2,
    string AreaBasis,
    string Level)
{
    /// <summary>The CSV header, exactly as documented.</summary>
    public static readonly string[] CsvHeader = ["code", "name", "type", "parent_code", "population", "area_km2"];

    /// <summary>The row of a unit in a map.</summary>
    public static UnitRow Of(AdminMap map, AdminUnit unit)
    {
        var basis = unit.GeodesicAreaKm2 is not null ? "polygon"
            : unit.Level == UnitLevel.Commune ? "no geometry"
            : "sum of communes";
        return new UnitRow(
            unit.Code.Value,
            unit.FullName,
            unit.Type.VietnameseName(),
            unit.ParentCode?.Value,
            map.PopulationOf(unit),
            unit.Population?.Year ?? map.CommunesUnder(unit.Code).Select(c => c.Population?.Year).Max(),
            map.AreaKm2Of(unit) is { } a ? Math.Round(a, 4) : null,
            basis,
            unit.Level.ToString());
    }
}
