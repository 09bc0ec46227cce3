namespace Boundaries.Data.Import;

/// <summary>How far an import has come, for a progress bar.</summary>
/// <param name="Stage">What is happening: "reading", "checking geometry", "joining", "assembling".</param>
/// <param name="File">The file being read, when reading.</param>
/// <param name="FilesDone">Files completely read.</param>
/// <param name="FilesTotal">Files the import reads in all.</param>
/// <param name="FeaturesDone">Features (or rows) of the current file processed so far.</param>
/// <param name="FeaturesTotal">Features of the current file, when the format says in advance (shapefile, GeoPackage, CSV).</param>
/// <param name="FileFraction">Share of the current file read, 0–1, when known (bytes for GeoJSON).</param>
public sealed record ImportProgress(
    string Stage,
    string? File,
    int FilesDone,
    int FilesTotal,
    int FeaturesDone,
    int? FeaturesTotal,
    double? FileFraction);
