using Boundaries.Data.Import;
using Boundaries.Data.Projects;

namespace Boundaries.Web.Tests.TestSupport;

/// <summary>The planner on the bundled tỉnh Vĩnh Long of 1 July 2025 (data/boundaries/vinh-long-2025: two tiers, 124 xã and phường), evaluated under NQ 112/2025 (in force from 2026-01-01).</summary>
public sealed class VinhLongPlanner : PlannerServer
{
    /// <summary>The first day NQ 112/2025/UBTVQH15's standards are in force.</summary>
    public static readonly DateOnly AsOf = new(2026, 1, 1);

    private static readonly Lazy<PlannerOptions> Baseline = new(() =>
    {
        var project = ProjectBuilder.Build(RepoPaths.VinhLong2025, ImportOptions.Default, TraVinhData.Catalogue).Project;
        return new PlannerOptions
        {
            Map = project.Map,
            DatasetName = project.Metadata.DatasetName,
            DatasetId = "vinh-long-2025",
            Catalogue = TraVinhData.Catalogue,
            ScenariosFolder = "",
            DefaultAsOf = AsOf,
            UnitsAsOf = project.Metadata.UnitsAsOf,
            Provenance = project.Metadata.Sources,
            Issues = project.Issues,
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
