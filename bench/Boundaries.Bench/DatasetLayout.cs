using Boundaries.Data.Import.GeoJson;

namespace Boundaries.Bench;

/// <summary>Which fields hold the id, name, group and population, as the peers' scripts choose them per dataset.</summary>
/// <remarks>
/// "nat" is the Choisy national layer (commune_id, commune_vn, district_id, population); "tv" is the Trà Vinh
/// mapmaker layer (row number, name, district_name, x_pop2019_census), exactly as in bench/peers/*.py.
/// </remarks>
internal sealed record DatasetLayout(string Kind, string? IdField, string NameField, string GroupField, string PopulationField)
{
    public static DatasetLayout National { get; } = new("nat", "commune_id", "commune_vn", "district_id", "population");

    public static DatasetLayout TraVinh { get; } = new("tv", null, "name", "district_name", "x_pop2019_census");

    /// <summary>Reader options that keep only the fields of both layouts.</summary>
    public static StreamingGeoJsonOptions ReadOptions { get; } = StreamingGeoJsonOptions.Keeping(
        "commune_id", "commune_vn", "district_id", "population", "name", "district_name", "x_pop2019_census");

    /// <summary>The layout of a feature's properties, as the peers detect it (by the presence of commune_id).</summary>
    public static DatasetLayout Of(StreamingGeoJsonFeature feature) =>
        feature.Properties.ContainsKey("commune_id") ? National : TraVinh;

    public string Id(StreamingGeoJsonFeature feature) =>
        IdField is null ? feature.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) : Text(feature, IdField);

    public string Name(StreamingGeoJsonFeature feature) => Text(feature, NameField);

    public string Group(StreamingGeoJsonFeature feature) => Text(feature, GroupField);

    /// <summary>Population, or NaN when the unit has none (one Trà Vinh unit).</summary>
    public double Population(StreamingGeoJsonFeature feature) =>
        feature.Properties.GetValueOrDefault(PopulationField) switch
        {
            long l => l,
            double d => d,
            _ => double.NaN,
        };

    private static string Text(StreamingGeoJsonFeature feature, string field) =>
        feature.Properties.GetValueOrDefault(field) switch
        {
            null => "",
            string s => s,
            double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "",
        };
}
