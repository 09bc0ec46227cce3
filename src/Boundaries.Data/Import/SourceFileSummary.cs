namespace Boundaries.Data.Import;

/// <summary>One file (or GeoPackage layer) an import read.</summary>
/// <param name="File">The path.</param>
/// <param name="Format">"GeoJSON", "ESRI Shapefile", "GeoPackage" or "CSV".</param>
/// <param name="Role">What it supplied: "units", "communes", "districts", "province", "join", "features".</param>
/// <param name="Features">Features (or data rows) read.</param>
public sealed record SourceFileSummary(string File, string Format, string Role, int Features)
{
    /// <summary>The GeoPackage layer read, when the file has layers.</summary>
    public string? Layer { get; init; }

    /// <summary>The EPSG code of the coordinates in the file; null for tables without geometry.</summary>
    public int? Epsg { get; init; }

    /// <summary>Where the CRS came from: ".prj", "GeoJSON crs member", "RFC 7946 default", "manifest", "option".</summary>
    public string? CrsOrigin { get; init; }

    /// <summary>How the text was decoded ("UTF-8", "TCVN3 (detected), converted to Unicode").</summary>
    public string? TextEncoding { get; init; }
}
