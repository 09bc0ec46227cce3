namespace Boundaries.Web.Tests.TestSupport;

/// <summary>The planner on the bundled tỉnh Vĩnh Long of 2025-07-01 (two-tier, no district), evaluated under NQ 112/2025/UBTVQH15.</summary>
public sealed class VinhLongPlanner : PlannerServer
{
    private static readonly Lazy<PlannerOptions> Baseline = new(() =>
    {
        var project = VinhLong2025Project.Project;
        return new PlannerOptions
        {
            Map = project.Map,
            DatasetName = project.Metadata.DatasetName,
            DatasetId = "vinh-long-2025",
            Catalogue = TraVinhData.Catalogue,
            ScenariosFolder = "",
            DefaultAsOf = VinhLong2025Project.Evaluated,
            UnitsAsOf = project.Metadata.UnitsAsOf,
            Provenance = project.Metadata.Sources,
            Issues = project.Issues,
            References = new Data.References.ReferenceSources(project.Map, Path.Combine(RepoPaths.Root, "data", "boundaries")),
        };
    });

    /// <inheritdoc />
    public override PlannerOptions Options => Baseline.Value with { ScenariosFolder = ScenariosFolder };
}

/// <summary>Test classes in this collection share one Vĩnh Long 2025 server.</summary>
[CollectionDefinition(Name)]
public sealed class VinhLongCollection : ICollectionFixture<VinhLongPlanner>
{
    public const string Name = "Vĩnh Long 2025 planner";
}
