using Boundaries.Data.Import.Building;
using Boundaries.Data.Import.Layers;

namespace Boundaries.Data.Import;

/// <summary>Reads boundary data into an <see cref="Boundaries.Core.Units.AdminMap"/>: a dataset folder through its manifest, or a single GeoJSON, Shapefile or GeoPackage layer.</summary>
/// <remarks>
/// Geometries come out in lon/lat on WGS 84 (SRID 4326). Problems that leave the data usable are in the
/// report; a file that cannot be read or a CRS that cannot be trusted throws <see cref="InputDataException"/>.
/// </remarks>
public static class DatasetImporter
{
    /// <summary>Imports a dataset folder (its dataset.json), a manifest file, or a single .geojson/.json/.shp/.gpkg file.</summary>
    public static ImportResult Import(string folderOrManifestPath, ImportOptions? options = null, IProgress<ImportProgress>? progress = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folderOrManifestPath);
        options ??= ImportOptions.Default;
        if (Directory.Exists(folderOrManifestPath) || IsManifest(folderOrManifestPath))
        {
            return Import(DatasetManifest.Load(folderOrManifestPath), options, progress);
        }

        if (!File.Exists(folderOrManifestPath))
        {
            throw new InputDataException(folderOrManifestPath, "no such file or folder");
        }

        return LayerReader.IsLayerFile(folderOrManifestPath)
            ? SingleFileImport.Run(folderOrManifestPath, options, progress)
            : throw new InputDataException(folderOrManifestPath,
                "not a dataset folder, dataset.json, .geojson, .json, .shp or .gpkg file");
    }

    /// <summary>Imports the dataset a loaded manifest describes.</summary>
    public static ImportResult Import(DatasetManifest manifest, ImportOptions? options = null, IProgress<ImportProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return ManifestImport.Run(manifest, options ?? ImportOptions.Default, progress);
    }

    private static bool IsManifest(string path) =>
        Path.GetFileName(path).EndsWith(ManifestLoader.FileName, StringComparison.OrdinalIgnoreCase);
}
