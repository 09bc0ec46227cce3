namespace Boundaries.Data.Import.Manifest;

/// <summary>A polygon layer and the units it gives geometry to.</summary>
public sealed record ManifestLayer : ManifestPart
{
    /// <summary>"communes", "districts" or "province".</summary>
    public required string Role { get; init; }

    /// <summary>The file (.geojson, .json, .shp or .gpkg).</summary>
    public required string File { get; init; }

    /// <summary>The GeoPackage table, when the file has several.</summary>
    public string? Layer { get; init; }

    /// <summary>The CRS ("EPSG:4326", "EPSG:9209"); wins over the file's own declaration, which it should agree with.</summary>
    public string? Crs { get; init; }

    /// <summary>When the boundaries were drawn (free text, for the report).</summary>
    public string? Vintage { get; init; }

    /// <summary>The text encoding of a shapefile's .dbf, when its .cpg is missing or wrong ("1258", "TCVN3").</summary>
    public string? Encoding { get; init; }

    /// <summary>The province code the layer belongs to, in a multi-province dataset: importing one province (<see cref="ImportOptions.Province"/>) skips the other provinces' layers.</summary>
    public string? Province { get; init; }

    /// <summary>Attribute names: code (required), name, type, parent.</summary>
    public required ManifestLayerFields Fields { get; init; }
}
