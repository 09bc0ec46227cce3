using Boundaries.Core.Consultation;
using Boundaries.Data.Consultation;
using Boundaries.Data.Scenarios;
using Boundaries.Documents.Consultation;

namespace Boundaries.Documents.Tests.TestSupport;

/// <summary>Every document the templates write for the real scenarios, and the consultation report of the test tally.</summary>
internal static class AllDocuments
{
    private static readonly Lazy<IReadOnlyList<(string Label, RenderedDocument Document)>> Cached = new(Build);

    public static IReadOnlyList<(string Label, RenderedDocument Document)> Get() => Cached.Value;

    public static RenderedDocument ConsultationReport(ApprovalThreshold threshold) =>
        DossierRenderer.RenderConsultation(ConsultationModel(threshold), TraVinhDossiers.Templates);

    /// <summary>The test tally (an invented fixture) counted for the NQ 1277 scenario on the seed report's date.</summary>
    public static ConsultationReportModel ConsultationModel(ApprovalThreshold threshold)
    {
        var tallies = TallyCsv.Read(RepoPaths.Fixture("consultation", "tally-nq1277-test-fixture.csv"), threshold);
        var scenario = ScenarioFile.Read(RepoPaths.Scenario("nq1277-2024-tp-tra-vinh.json"));
        return ConsultationReportBuilder.Build(scenario, ConsultationCount.Count(tallies, threshold), TraVinhDossiers.SeedReport, TraVinhDossiers.Map);
    }

    private static IReadOnlyList<(string, RenderedDocument)> Build()
    {
        var list = new List<(string, RenderedDocument)>();
        list.AddRange(DossierRenderer.RenderDossier(TraVinhDossiers.Nq1277, TraVinhDossiers.Templates).Select(d => ("nq1277", d)));
        list.AddRange(DossierRenderer.RenderDossier(TraVinhDossiers.Nq728, TraVinhDossiers.Templates).Select(d => ("nq728", d)));
        list.Add(("consult", ConsultationReport(ApprovalThreshold.VotersOver50)));
        return list;
    }
}
