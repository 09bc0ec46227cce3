namespace Boundaries.Data.Export.Layers;

/// <summary>The attributes of every exported layer, in order, with their Shapefile names (documented in README.md beside this file).</summary>
public static class LayerFields
{
    /// <summary>Always written.</summary>
    public static IReadOnlyList<LayerField> Base { get; } =
    [
        new("code", "code", LayerFieldKind.Text, "GSO code of the unit"),
        new("name", "name", LayerFieldKind.Text, "Full name with type (Phường 3, Xã Long Đức)"),
        new("type", "type", LayerFieldKind.Text, $"Type slug: {UnitTypes.SlugList}"),
        new("type_name", "type_name", LayerFieldKind.Text, "Type in Vietnamese (Xã, Phường, Thị trấn)"),
        new("level", "level", LayerFieldKind.Text, "province, district or commune"),
        new("parent_code", "parent", LayerFieldKind.Text, "Code of the unit one level up"),
        new("parent_name", "parent_nm", LayerFieldKind.Text, "Full name of the unit one level up"),
        new("area_km2", "area_km2", LayerFieldKind.Real, "Natural area in km² (geodesic on WGS 84, or the official figure when evaluated and recorded)"),
        new("area_source", "area_src", LayerFieldKind.Text, "Where the area comes from"),
        new("population", "population", LayerFieldKind.Integer, "Population"),
        new("population_year", "pop_year", LayerFieldKind.Integer, "Year of the population figure"),
    ];

    /// <summary>Written with an evaluation.</summary>
    public static IReadOnlyList<LayerField> Evaluation { get; } =
    [
        new("area_pct", "area_pct", LayerFieldKind.Real, "Area in % of the area standard"),
        new("population_pct", "pop_pct", LayerFieldKind.Real, "Population in % of the population standard"),
        new("status", "status", LayerFieldKind.Text, "meets, below-standard, must-arrange, exempt, insufficient-data"),
        new("status_vi", "status_vi", LayerFieldKind.Text, "The status in Vietnamese (thuộc diện sắp xếp …)"),
        new("must_arrange", "must_arr", LayerFieldKind.Boolean, "Subject to arrangement (thuộc diện sắp xếp)"),
        new("rule", "rule", LayerFieldKind.Text, "The rule matched, as cited"),
        new("as_of", "as_of", LayerFieldKind.Text, "Date whose law was applied (YYYY-MM-DD)"),
    ];

    /// <summary>Written for a scenario's result.</summary>
    public static IReadOnlyList<LayerField> Scenario { get; } =
    [
        new("changed", "changed", LayerFieldKind.Text, "What the scenario changed (merged, area, population, boundary, created …); empty when unchanged"),
    ];
}
