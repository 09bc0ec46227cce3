namespace Boundaries.Data.Import.Layers;

/// <summary>The features of one layer of one file, as read, with what the file declares about CRS and text encoding.</summary>
internal sealed record SourceLayer
{
    /// <summary>The path of the file.</summary>
    public required string File { get; init; }

    /// <summary>"GeoJSON", "ESRI Shapefile" or "GeoPackage".</summary>
    public required string Format { get; init; }

    /// <summary>The layer (table) name inside a GeoPackage; null for single-layer formats.</summary>
    public string? LayerName { get; init; }

    /// <summary>The features in file order.</summary>
    public required IReadOnlyList<SourceFeature> Features { get; init; }

    /// <summary>The CRS the file declares, or null when it declares none.</summary>
    public DeclaredCrs? DeclaredCrs { get; init; }

    /// <summary>The CRS the format implies when the file declares none (RFC 7946 for GeoJSON), or null when there is no default.</summary>
    public int? DefaultEpsg { get; init; }

    /// <summary>How the attribute text was decoded, for the report ("UTF-8", "windows-1258 (.cpg)", "TCVN3 converted").</summary>
    public string? TextEncoding { get; init; }

    /// <summary>Problems found while reading.</summary>
    public IReadOnlyList<DataIssue> Issues { get; init; } = [];
}
