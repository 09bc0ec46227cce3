using System.Globalization;
using Boundaries.Data.Import.GeoJson;
using Boundaries.Data.Import.Layers;

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
    public static GeoJsonReadOptions ReadOptions { get; } = GeoJsonReadOptions.Keeping(
        "commune_id", "commune_vn", "district_id", "population", "name", "district_name", "x_pop2019_census");

    /// <summary>The layout of a feature's properties, as the peers detect it (by the presence of commune_id).</summary>
    public static DatasetLayout Of(SourceFeature feature) =>
        feature.Attributes.ContainsKey("commune_id") ? National : TraVinh;

    public string Id(SourceFeature feature) =>
        IdField is null ? feature.Index.ToString(CultureInfo.InvariantCulture) : Text(feature, IdField);

    public string Name(SourceFeature feature) => Text(feature, NameField);

    public string Group(SourceFeature feature) => Text(feature, GroupField);

    /// <summary>Population, or NaN when the unit has none (one Trà Vinh unit).</summary>
    public double Population(SourceFeature feature) =>
        double.TryParse(feature.Text(PopulationField), NumberStyles.Float, CultureInfo.InvariantCulture, out var population) ? population : double.NaN;

    private static string Text(SourceFeature feature, string field) => feature.Attributes.GetValueOrDefault(field) ?? "";
}
