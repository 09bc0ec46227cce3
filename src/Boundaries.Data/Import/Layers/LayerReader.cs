using Boundaries.Data.Import.GeoJson;
using Boundaries.Data.Import.GeoPackage;
using Boundaries.Data.Import.Shapefile;

namespace Boundaries.Data.Import.Layers;

/// <summary>Reads a GeoJSON, Shapefile or GeoPackage layer, chosen by the file extension.</summary>
internal static class LayerReader
{
    /// <summary>The formats recognised, by extension; GeoJSON may be gzip-compressed (".geojson.gz").</summary>
    public static bool IsLayerFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".geojson" or ".json" or ".shp" or ".gpkg"
        || CompressedFile.IsGzip(path) && Path.GetExtension(CompressedFile.WithoutGz(path)).ToLowerInvariant() is ".geojson" or ".json";

    /// <summary>Reads the layer; progress receives (features done, features total when known, share of the file read when known).</summary>
    /// <remarks>The read stops as soon as it passes <paramref name="limits"/> (default <see cref="ReadLimits.Default"/>).</remarks>
    public static SourceLayer Read(string path, string? layer, string? encoding, Action<int, int?, double?>? progress = null, ReadLimits? limits = null)
    {
        limits ??= ReadLimits.Default;
        void Report(int done, int? total, double? fraction)
        {
            if (done > limits.MaxFeatures || total > limits.MaxFeatures)
            {
                throw limits.TooManyFeatures(path);
            }

            progress?.Invoke(done, total, fraction);
        }

        var read = Path.GetExtension(CompressedFile.WithoutGz(path)).ToLowerInvariant() switch
        {
            ".geojson" or ".json" => GeoJsonLayerReader.Read(path, p => Report(p.Features, null, p.BytesTotal == 0 ? 1 : (double)p.BytesRead / p.BytesTotal)),
            ".shp" => ShapefileLayerReader.Read(path, encoding, (done, total) => Report(done, total, (double)done / Math.Max(total, 1)), limits),
            ".gpkg" => GeoPackageLayerReader.Read(path, layer, (done, total) => Report(done, total, (double)done / Math.Max(total, 1))),
            var ext => throw new InputDataException(path, $"unknown format '{ext}': expected .geojson, .json, .shp or .gpkg"),
        };
        Report(read.Features.Count, read.Features.Count, 1);
        foreach (var feature in read.Features)
        {
            if (feature.Geometry is { } g && g.NumPoints > limits.MaxVertices)
            {
                throw limits.TooManyVertices(path, feature.Index, g.NumPoints);
            }
        }

        return read.Format == "ESRI Shapefile" ? read : LayerText.Checked(read);
    }
}
