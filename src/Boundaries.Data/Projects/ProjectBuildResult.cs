using Boundaries.Data.Store;

namespace Boundaries.Data.Projects;

/// <summary>A built project and the import report behind it.</summary>
/// <param name="Project">What is saved to the project file.</param>
/// <param name="Report">Counts, files and issues of the import.</param>
public sealed record ProjectBuildResult(BoundaryProject Project, ImportReport Report);
