namespace Boundaries.Data.Import.Layers;

/// <summary>A layer whose geometries are in lon/lat on WGS 84 (SRID 4326).</summary>
/// <param name="Source">The layer as read.</param>
/// <param name="Features">The features with lon/lat geometries, in file order.</param>
/// <param name="Epsg">The CRS the file's coordinates were in.</param>
/// <param name="CrsOrigin">Where that CRS came from.</param>
internal sealed record PlacedLayer(SourceLayer Source, IReadOnlyList<SourceFeature> Features, int Epsg, string CrsOrigin)
{
    /// <summary>The path of the file.</summary>
    public string File => Source.File;
}
