using Boundaries.Core.Evaluation;
using Boundaries.Core.Scenarios;
using Boundaries.Data.Consultation;
using Boundaries.Data.Import;
using Boundaries.Data.Projects;
using Boundaries.Data.Scenarios;
using Boundaries.Documents.Figures;
using Boundaries.Documents.Model;
using Boundaries.Web.Downloads;
using Boundaries.Core.Scenarios.Assessments;

namespace Boundaries.Web.Tests.Hearing;

/// <summary>The hearing pages of the two bundled scenarios, with the dossier model made from the same inputs; each built once.</summary>
internal static class HearingPages
{
    private static readonly Lazy<(string Html, DossierModel Model)> LazyNq1277 = new(() => Make(
        TraVinhData.Project.Map, "nq1277-2024-tp-tra-vinh.json", new DateOnly(2024, 11, 14),
        Path.Combine(RepoPaths.Root, "tests", "fixtures", "consultation", "nq1277-test-notice.json")));

    private static readonly Lazy<(string Html, DossierModel Model)> LazyVinhLong = new(() => Make(
        ProjectBuilder.Build(RepoPaths.VinhLong2025, ImportOptions.Default, TraVinhData.Catalogue).Project.Map,
        "vinh-long-2026-quoi-thien-quoi-an.json", new DateOnly(2026, 10, 1), null));

    /// <summary>NQ 1277/2024 on Trà Vinh 2023, with its official figures and the test notice.</summary>
    public static (string Html, DossierModel Model) Nq1277 => LazyNq1277.Value;

    /// <summary>The 2026 Vĩnh Long demonstration, with no notice.</summary>
    public static (string Html, DossierModel Model) VinhLong => LazyVinhLong.Value;

    private static (string, DossierModel) Make(Core.Units.AdminMap map, string scenarioFile, DateOnly date, string? notice)
    {
        var path = RepoPaths.Scenario(scenarioFile);
        var result = ScenarioEngine.Apply(map, ScenarioFile.Read(path));
        var assessment = ScenarioAssessor.Assess(result, TraVinhData.Catalogue, new EvaluationOptions(date));
        var options = new DossierOptions(date) { OfficialFigures = OfficialFiguresCsv.Beside(path) is { } tsv ? OfficialFiguresCsv.Read(tsv) : [] };
        var html = HearingDownload.Page(result, assessment, options, notice is null ? Core.Consultation.ConsultationNotice.None : ConsultationNoticeJson.Read(notice));
        return (html, DossierModelBuilder.Build(result, assessment, options));
    }
}
