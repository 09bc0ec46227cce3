namespace Boundaries.Data.Store;

/// <summary>What a planner's project file holds: the units with their figures and polygons, where they came from, and the problems found on import.</summary>
/// <param name="Map">The units of all levels and the polygons that belong to no unit.</param>
/// <param name="Metadata">Dataset name, provenance and versions.</param>
/// <param name="Issues">The import and quality issues, in the order they were reported.</param>
public sealed record BoundaryProject(AdminMap Map, ProjectMetadata Metadata, IReadOnlyList<DataIssue> Issues)
{
    /// <summary>The codes before the baseline and what became of them, when the dataset has a crosswalk (the 2025 reform).</summary>
    public CodeCrosswalk? Crosswalk { get; init; }
}
