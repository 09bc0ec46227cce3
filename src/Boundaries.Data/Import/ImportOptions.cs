namespace Boundaries.Data.Import;

/// <summary>Choices for an import; the defaults read a dataset folder as its manifest says.</summary>
public sealed record ImportOptions
{
    /// <summary>The defaults.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>Repair invalid polygons with NetTopologySuite's GeometryFixer, recording each repair and its area before and after; otherwise they are reported and kept as they are.</summary>
    public bool FixGeometry { get; init; }

    /// <summary>The CRS of a single file ("EPSG:9209", a .prj WKT, "CRS84"): required for a shapefile without .prj, and preferred over what a file declares (the report says so).</summary>
    /// <remarks>Ignored for dataset folders, whose manifest gives each layer's CRS.</remarks>
    public string? Crs { get; init; }

    /// <summary>The GeoPackage layer (table) to read from a single file; needed when it has more than one.</summary>
    public string? Layer { get; init; }

    /// <summary>The text encoding of a single shapefile's .dbf ("UTF-8", "1258", "TCVN3", "VNI"), overriding .cpg and detection.</summary>
    public string? Encoding { get; init; }

    /// <summary>Import only this province (its code, e.g. "86") of a multi-province dataset: its units and the layers the manifest marks with it.</summary>
    public string? Province { get; init; }

    /// <summary>How many features a layer and how many vertices a feature may have.</summary>
    public ReadLimits Limits { get; init; } = ReadLimits.Default;

    /// <summary>Where to remember the polygon files found wholly valid, so that the same file is not checked twice; null checks every time.</summary>
    public Validation.CheckedLayers? CheckedLayers { get; init; }

    /// <summary>Field names of a single file that override the guessed ones (code, name, type, parent).</summary>
    public FieldMapping? Fields { get; init; }
}
