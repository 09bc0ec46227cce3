using Boundaries.Core.Units;
using Boundaries.Data.Import;
using Boundaries.Data.Projects;
using Boundaries.Data.Store;

namespace Boundaries.Testing;

/// <summary>The bundled tỉnh Vĩnh Long of 2025-07-01 (data/boundaries/vinh-long-2025) as imported by <see cref="ProjectBuilder"/>, built once per test run and shared by every test project.</summary>
public static class VinhLong2025Project
{
    private static readonly Lazy<ProjectBuildResult> Built = new(() => ProjectBuilder.Build(RepoPaths.VinhLong2025, ImportOptions.Default, TraVinhData.Catalogue));

    /// <summary>The project.</summary>
    public static BoundaryProject Project => Built.Value.Project;

    /// <summary>The map of <see cref="Project"/>.</summary>
    public static AdminMap Map => Project.Map;

    /// <summary>The import report.</summary>
    public static ImportReport Report => Built.Value.Report;

    /// <summary>The day the figures in README.md were taken (04/12/2026), under NQ 112/2025/UBTVQH15.</summary>
    public static readonly DateOnly Evaluated = new(2026, 12, 4);
}
