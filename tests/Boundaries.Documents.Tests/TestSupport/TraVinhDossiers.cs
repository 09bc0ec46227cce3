using Boundaries.Core.Evaluation;
using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Assessments;
using Boundaries.Core.Standards;
using Boundaries.Core.Units;
using Boundaries.Data.Import;
using Boundaries.Data.Projects;
using Boundaries.Data.Scenarios;
using Boundaries.Documents.Model;
using Boundaries.Documents.Templates;

namespace Boundaries.Documents.Tests.TestSupport;

/// <summary>The real Trà Vinh map through the importer, and the dossier models of the bundled scenarios, built once per run.</summary>
internal static class TraVinhDossiers
{
    /// <summary>The date of the province's seed report, used as the dossier date so generated text is deterministic.</summary>
    public static readonly DateOnly SeedReport = TraVinhData.SeedReport;

    private static readonly Lazy<DossierModel> Lazy1277 = new(() => Model("nq1277-2024-tp-tra-vinh.json"));
    private static readonly Lazy<DossierModel> Lazy728 = new(() => Model("nq728-2023-long-khanh-ngu-lac.json"));

    private static readonly Lazy<AdminMap> LazyVinhLong = new(() => ProjectBuilder.Build(Path.Combine(RepoPaths.Root, "data", "boundaries", "vinh-long-2025"), ImportOptions.Default, TraVinhData.Catalogue).Project.Map);
    private static readonly Lazy<DossierModel> LazyVinhLong2026 = new(() => Model("vinh-long-2026-quoi-thien-quoi-an.json", LazyVinhLong.Value, null));

    /// <summary>The 2026 merger on the 2025 tỉnh Vĩnh Long (two tiers, NQ 112/2025), dated as its scenario.</summary>
    public static DossierModel VinhLong2026 => LazyVinhLong2026.Value;

    public static StandardsCatalogue Catalogue => TraVinhData.Catalogue;

    public static AdminMap Map => TraVinhData.Map;

    public static DossierModel Nq1277 => Lazy1277.Value;

    public static DossierModel Nq728 => Lazy728.Value;

    public static TemplateSet Templates => TemplateSet.Load(RepoPaths.Templates);

    public static DossierModel Model(string scenarioFile) => Model(scenarioFile, Map, SeedReport);

    /// <param name="date">The dossier's date; null for the scenario's own date.</param>
    public static DossierModel Model(string scenarioFile, AdminMap map, DateOnly? date)
    {
        var scenario = ScenarioFile.Read(RepoPaths.Scenario(scenarioFile));
        var result = ScenarioEngine.Apply(map, scenario);
        var asOf = date ?? scenario.Date ?? SeedReport;
        var assessment = ScenarioAssessor.Assess(result, Catalogue, new EvaluationOptions(asOf));
        var figures = Figures.OfficialFiguresCsv.Beside(RepoPaths.Scenario(scenarioFile)) is { } path ? Figures.OfficialFiguresCsv.Read(path) : [];
        return DossierModelBuilder.Build(result, assessment, new DossierOptions(asOf) { Instruments = Templates.Instruments, OfficialFigures = figures });
    }
}
