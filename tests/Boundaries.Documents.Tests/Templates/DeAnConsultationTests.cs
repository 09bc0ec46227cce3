using Boundaries.Core.Consultation;
using Boundaries.Data.Consultation;
using Boundaries.Data.Scenarios;
using Boundaries.Documents.Consultation;
using Boundaries.Documents.Tests.TestSupport;

namespace Boundaries.Documents.Tests.Templates;

/// <summary>The đề án's consultation section: the counted tallies when given (the invented test tally, tests/fixtures/consultation/README.md), else a field for the planner.</summary>
public sealed class DeAnConsultationTests
{
    private static string DeAn(ConsultationReportModel? consultation) =>
        DossierRenderer.RenderDossier(TraVinhDossiers.Nq1277 with { Consultation = consultation }, TraVinhDossiers.Templates)
            .Single(d => d.Name == "de-an").Markdown.Replace("\u00A0", " ", StringComparison.Ordinal);

    private static ConsultationReportModel Counted(ApprovalThreshold threshold) => AllDocuments.ConsultationModel(threshold);

    [Fact]
    public void DeAn_WithTallies_PrintsEachCommuneAgainstTheThreshold()
    {
        var text = DeAn(Counted(ApprovalThreshold.VotersOver50));
        var section = text[text.IndexOf("### 1. Kết quả lấy ý kiến", StringComparison.Ordinal)..text.IndexOf("### 2. Tổ chức thực hiện", StringComparison.Ordinal)];

        // The basis of the threshold: the consultation decree in force on 13/06/2023, in official form, then the rule.
        Assert.Contains("được lấy theo Nghị định số 54/2018/NĐ-CP", section);
        Assert.Contains("trên 50 % tổng số cử tri", section);
        Assert.Contains("quy định về ngưỡng tán thành chưa được xác nhận", section);
        // Phường 6 of the fixture: 3.436 of 7.085 registered voters, 48,50 %.
        Assert.Matches(@"\| Phường 6 \| 7\.085 \| [\d.]+ \| 3\.436 \| 48,50 % \| chưa đạt ngưỡng, không tán thành \|", section);
        Assert.Matches(@"\| Phường 2 \| [\d.]+ \| [\d.]+ \| [\d.]+ \| 8\d,\d\d % \| đạt ngưỡng, tán thành \|", section);
        Assert.Contains("Đề án chưa được tán thành tại Phường 6", section);
        Assert.DoesNotContain("Cơ quan soạn thảo bổ sung: tỷ lệ tán thành", section);
    }

    [Fact]
    public void DeAn_WithoutTallies_LeavesAMarkedFieldForThePlanner()
    {
        var text = DeAn(null);

        Assert.Contains("Kết quả: *[Cơ quan soạn thảo bổ sung: tỷ lệ tán thành tại từng đơn vị", text);
        Assert.DoesNotContain("| Tỷ lệ đồng ý (%)", text);
    }

    [Fact]
    public void DeAn_WithTallies_ValidDocxAndVietnameseOnly()
    {
        var deAn = DossierRenderer.RenderDossier(TraVinhDossiers.Nq1277 with { Consultation = Counted(ApprovalThreshold.VotersOver50) }, TraVinhDossiers.Templates)
            .Single(d => d.Name == "de-an");

        using var stream = new MemoryStream(deAn.ToDocx());
        using var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(package).Select(e => e.Description));
        Assert.DoesNotContain("unconfirmed", deAn.Markdown, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void DeAn2026_SyntheticHouseholdTally_PrintsHouseholdsAgainstNd321Threshold()
    {
        // Synthetic counts written by this test only (no real consultation of these communes exists): Quới An approves
        // with exactly half of its households, which "từ 50 %" accepts; Quới Thiện does not.
        using var folder = new TempFolder();
        var path = folder.File("tally.csv");
        File.WriteAllText(path, """
            commune_code,commune_name,village,registered_voters,households,votes_for,votes_against,votes_invalid,households_for
            29668,Xã Quới An,Ấp 1,1000,400,480,500,10,200
            29677,Xã Quới Thiện,Ấp 1,900,300,400,480,5,140
            """);
        const ApprovalThreshold rule = ApprovalThreshold.HouseholdsAtLeast50;
        var scenario = ScenarioFile.Read(RepoPaths.Scenario("vinh-long-2026-quoi-thien-quoi-an.json"));
        var counted = ConsultationReportBuilder.Build(scenario, ConsultationCount.Count(TallyCsv.Read(path, rule), rule), TraVinhDossiers.VinhLong2026.Document.Date);

        var text = DossierRenderer.RenderDossier(TraVinhDossiers.VinhLong2026 with { Consultation = counted }, TraVinhDossiers.Templates)
            .Single(d => d.Name == "de-an").Markdown.Replace("\u00A0", " ", StringComparison.Ordinal);

        Assert.Contains("Tổng số hộ gia đình (hộ) | Số hộ đồng ý (hộ)", text);
        Assert.Contains("| Xã Quới An | 1.000 | 400 | 200 | 990 | 480 | 50,00 % | đạt ngưỡng, tán thành |", text);
        Assert.Contains("| Xã Quới Thiện | 900 | 300 | 140 | 885 | 400 | 46,67 % | chưa đạt ngưỡng, không tán thành |", text);
        Assert.Contains("từ 50 % tổng số hộ gia đình", text);
        Assert.Contains("được lấy theo Nghị định số 321/2025/NĐ-CP", text);
    }
}
