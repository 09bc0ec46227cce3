using Boundaries.Documents.Tests.TestSupport;

namespace Boundaries.Documents.Tests.Templates;

/// <summary>The Markdown of every dossier document for the two real resolutions, held in approved files.</summary>
public sealed class DossierApprovalTests
{
    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach (var scenario in new[] { "nq1277", "nq728" })
        {
            foreach (var name in new[] { "to-trinh", "de-an", "bao-cao-danh-gia-tac-dong", "nghi-quyet", "bieu-thong-ke", "phieu-lay-y-kien" })
            {
                data.Add(scenario, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void RenderDossier_RealScenario_MatchesApprovedMarkdown(string scenario, string document)
    {
        var model = scenario == "nq1277" ? TraVinhDossiers.Nq1277 : TraVinhDossiers.Nq728;

        var rendered = DossierRenderer.RenderDossier(model, TraVinhDossiers.Templates).Single(d => d.Name == document);

        ApprovalFile.Verify(rendered.Markdown, "Boundaries.Documents.Tests", Path.Combine("Templates", "Approved", $"{scenario}.{document}.approved.md"));
    }
}
