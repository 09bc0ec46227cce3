namespace Boundaries.Data.Store;

/// <summary>Keeps a <see cref="BoundaryProject"/> somewhere durable: a GeoPackage file today, a PostGIS database later.</summary>
/// <remarks>
/// An instance stands for one project location (a file path, or a database and project key), so the same
/// calls work whatever the backend. Implementations must make <see cref="SaveAsync"/> all-or-nothing.
/// </remarks>
public interface IProjectStore
{
    /// <summary>A human-readable name of where the project is kept, for messages (a file path, a database name).</summary>
    string Location { get; }

    /// <summary>Replaces the stored project with this one; on any failure the previously stored project is left as it was.</summary>
    Task SaveAsync(BoundaryProject project, CancellationToken cancellationToken = default);

    /// <summary>Reads the stored project; throws <see cref="InputDataException"/> when the location holds no readable Boundaries project.</summary>
    Task<BoundaryProject> LoadAsync(CancellationToken cancellationToken = default);
}
