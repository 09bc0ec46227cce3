namespace Boundaries.Data.Export.Layers;

/// <summary>Writes a unit layer in a GIS format, all-or-nothing: nothing is left half-written, a Shapefile's parts appear together.</summary>
public static class LayerExporter
{
    /// <summary>The format named by a file extension (.geojson, .json, .gpkg, .shp, .kml, .csv), or null.</summary>
    public static LayerFormat? FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".geojson" or ".json" => LayerFormat.GeoJson,
            ".gpkg" => LayerFormat.GeoPackage,
            ".shp" => LayerFormat.Shapefile,
            ".kml" => LayerFormat.Kml,
            ".csv" => LayerFormat.Csv,
            _ => null,
        };
    }

    /// <summary>Writes the layer to <paramref name="path"/> and returns the files written (a Shapefile has five).</summary>
    public static IReadOnlyList<string> Write(UnitLayer layer, LayerFormat format, string path)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        switch (format)
        {
            case LayerFormat.GeoJson:
                AtomicFile.Write(path, s => GeoJsonLayerWriter.Write(layer, s));
                return [path];
            case LayerFormat.Kml:
                AtomicFile.Write(path, s => KmlLayerWriter.Write(layer, s));
                return [path];
            case LayerFormat.Csv:
                AtomicFile.Write(path, s => CsvLayerWriter.Write(layer, s));
                return [path];
            case LayerFormat.GeoPackage:
                AtomicFile.WriteAsync(path, (temp, _) => { GeoPackageLayerWriter.Write(layer, temp); return Task.CompletedTask; }, CancellationToken.None)
                    .GetAwaiter().GetResult();
                return [path];
            default:
                return WriteShapefile(layer, path);
        }
    }

    // A Shapefile is five files: write them in a temporary folder beside the target, then replace the old parts (see ShapefileParts).
    private static List<string> WriteShapefile(UnitLayer layer, string shpPath)
    {
        var full = Path.GetFullPath(shpPath);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{shpPath}: the folder {folder} does not exist.");
        }

        var temp = Directory.CreateDirectory(TemporaryPaths.Beside(full));
        try
        {
            var tempShp = Path.Combine(temp.FullName, Path.GetFileName(full));
            ShapefileLayerWriter.Write(layer, tempShp);
            ShapefileParts.Replace(full, tempShp, Path.Combine(temp.FullName, "previous"));
            return [.. ShapefileLayerWriter.Extensions.Select(e => Path.ChangeExtension(shpPath, e))];
        }
        finally
        {
            TemporaryPaths.Delete(temp.FullName);
            TemporaryPaths.Release(temp.FullName);
        }
    }
}
