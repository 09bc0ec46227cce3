using Boundaries.Core.Standards;
using Boundaries.Core.Units;
using Boundaries.Data.Import;
using Boundaries.Data.Projects;
using Boundaries.Data.Standards;
using Boundaries.Data.Store;

namespace Boundaries.Testing;

/// <summary>The bundled Trà Vinh dataset as the planner gets it, shared by every test project: imported by <see cref="ProjectBuilder"/> with the catalogue of data/standards.</summary>
/// <remarks>
/// Built once per test run and shared by every test that only reads it (the project is immutable). A static
/// <see cref="Lazy{T}"/> rather than an xunit collection fixture, so the tests that use it still run in parallel.
/// </remarks>
public static class TraVinhData
{
    private static readonly Lazy<StandardsCatalogue> LoadedCatalogue = new(() => StandardsCatalogueLoader.Load(CatalogueFolder));
    private static readonly Lazy<ProjectBuildResult> Built = new(() => ProjectBuilder.Build(RepoPaths.TraVinh, ImportOptions.Default, Catalogue));

    /// <summary>The folder of the standards catalogue, data/standards.</summary>
    public static string CatalogueFolder => Path.Combine(RepoPaths.Root, "data", "standards");

    /// <summary>The standards catalogue of data/standards.</summary>
    public static StandardsCatalogue Catalogue => LoadedCatalogue.Value;

    /// <summary>The project: the imported map with the dataset's unit facts joined, its metadata and issues.</summary>
    public static BoundaryProject Project => Built.Value.Project;

    /// <summary>The map of <see cref="Project"/>.</summary>
    public static AdminMap Map => Project.Map;

    /// <summary>The import report behind <see cref="Project"/>.</summary>
    public static ImportReport Report => Built.Value.Report;

    /// <summary>The date of the province's seed report (13/06/2023), the evaluation date of most tests.</summary>
    public static readonly DateOnly SeedReport = new(2023, 6, 13);
}
