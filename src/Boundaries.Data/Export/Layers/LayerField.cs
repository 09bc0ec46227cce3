namespace Boundaries.Data.Export.Layers;

/// <summary>One attribute of an exported layer: its name, its Shapefile name (dBASE allows 10 characters) and its kind.</summary>
/// <param name="Name">The name in GeoJSON, GeoPackage, KML and CSV.</param>
/// <param name="ShapefileName">The name in a Shapefile's .dbf, at most 10 characters.</param>
/// <param name="Kind">Text, integer, real or boolean.</param>
/// <param name="Description">What it holds, for the documentation and KML.</param>
public sealed record LayerField(string Name, string ShapefileName, LayerFieldKind Kind, string Description);
