using Boundaries.Data.Store.GeoPackage;

namespace Boundaries.Data.Store;

/// <summary>Keeps a project in one GeoPackage 1.3 file that QGIS and GDAL open as layers.</summary>
/// <remarks>
/// Layers (MULTIPOLYGON, EPSG:4326): communes, districts, provinces, unassigned_areas; a unit without a polygon
/// is a row with NULL geometry. Attribute tables: population_figures, special_factors, data_issues,
/// project_metadata. The unit layers are the record of each unit's figures; population_figures repeats them
/// as a table for SQL and spreadsheets. Saving writes a temporary file beside the target and renames it over
/// the target, so a failed save leaves the previous file intact.
/// </remarks>
public sealed class GeoPackageProjectStore : IProjectStore
{
    /// <summary>Creates a store for the project file at <paramref name="path"/> (conventionally ending in ".gpkg").</summary>
    public GeoPackageProjectStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
    }

    /// <summary>The project file as the caller named it.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string Location => Path;

    /// <inheritdoc />
    public Task SaveAsync(BoundaryProject project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        return AtomicFile.WriteAsync(Path, (temp, ct) => GeoPackageWriter.WriteAsync(temp, project, ct), cancellationToken);
    }

    /// <summary>True when <paramref name="path"/> is a SQLite file with the project's metadata table; false for any other file, including a plain GeoPackage layer.</summary>
    public static Task<bool> IsProjectAsync(string path, CancellationToken cancellationToken = default) =>
        GeoPackageReader.IsProjectAsync(path, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Units come back provinces first, then districts, then communes, each in the order saved; polygons come back as MultiPolygons.</remarks>
    public Task<BoundaryProject> LoadAsync(CancellationToken cancellationToken = default) =>
        GeoPackageReader.ReadAsync(Path, cancellationToken);
}
