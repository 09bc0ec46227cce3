using Boundaries.Documents.Templates;

namespace Boundaries.Web.Tests.TestSupport;

/// <summary>The planner on the real Trà Vinh data (2023, with districts).</summary>
public sealed class TraVinhPlanner : PlannerServer
{
    private static readonly Lazy<PlannerOptions> Baseline = new(Load);

    /// <inheritdoc />
    public override PlannerOptions Options => Baseline.Value with { ScenariosFolder = ScenariosFolder };

    /// <summary>The options without a scenarios folder, read once for every server on Trà Vinh.</summary>
    internal static PlannerOptions Shared => Baseline.Value;

    /// <summary>The Trà Vinh map through the importer, with the catalogue of data/standards.</summary>
    private static PlannerOptions Load()
    {
        var catalogue = TraVinhData.Catalogue;
        var project = TraVinhData.Project;
        return new PlannerOptions
        {
            Map = project.Map,
            DatasetName = project.Metadata.DatasetName,
            DatasetId = "tra-vinh",
            Catalogue = catalogue,
            ScenariosFolder = "",
            DefaultAsOf = TraVinhData.SeedReport,
            UnitsAsOf = project.Metadata.UnitsAsOf,
            Provenance = project.Metadata.Sources,
            Issues = project.Issues,
            References = new Data.References.ReferenceSources(project.Map, Path.Combine(RepoPaths.Root, "data", "boundaries")),
            Templates = TemplateSet.Load(RepoPaths.Templates),
        };
    }
}

/// <summary>Test classes in this collection share one server.</summary>
[CollectionDefinition(Name)]
public sealed class PlannerCollection : ICollectionFixture<TraVinhPlanner>
{
    public const string Name = "Trà Vinh planner";
}
