namespace Boundaries.Cli.Output;

/// <summary>The area and population a listing shows for a unit, official figure first, each with its basis in Vietnamese.</summary>
/// <param name="AreaKm2">The official area, else the polygon's ellipsoidal area; null when neither is known.</param>
/// <param name="AreaBasis">"số liệu công bố: SOURCE" or "đo trên ellipsoid WGS 84".</param>
/// <param name="Population">The official population, else the recorded (census) one.</param>
/// <param name="PopulationBasis">"số liệu công bố: SOURCE" or "SOURCE, năm YEAR".</param>
internal sealed record UnitFigures(double? AreaKm2, string AreaBasis, long? Population, string PopulationBasis)
{
    /// <summary>The figures of a unit.</summary>
    public static UnitFigures Of(AdminUnit unit)
    {
        var (km2, areaBasis) = unit.OfficialArea is { } oa ? ((double?)oa.Km2, $"số liệu công bố: {oa.Source}")
            : unit.GeodesicAreaKm2 is { } g ? (g, "đo trên ellipsoid WGS 84") : (null, "không có số liệu");
        var (people, populationBasis) = unit.OfficialPopulation is { } op ? ((long?)op.Value, $"số liệu công bố: {op.Source}")
            : unit.Population is { } p ? (p.Value, $"{p.Source}, năm {p.Year}") : (null, "không có số liệu");
        return new UnitFigures(km2, areaBasis, people, populationBasis);
    }
}
