using Boundaries.Core.Consultation;
using Boundaries.Documents.Tests.TestSupport;

namespace Boundaries.Documents.Tests.Consultation;

/// <summary>The results report of the test tally (an invented fixture, see tests/fixtures/consultation/README.md).</summary>
public sealed class ConsultationReportTests
{
    [Fact]
    public void RenderConsultation_VotersOver50_MatchesApprovedMarkdown()
    {
        var report = AllDocuments.ConsultationReport(ApprovalThreshold.VotersOver50);

        ApprovalFile.Verify(report.Markdown, "Boundaries.Documents.Tests", Path.Combine("Consultation", "Approved", "tally-test-fixture.voters-over-50.approved.md"));
    }

    [Fact]
    public void RenderConsultation_VotersOver50_Phuong6RejectsAndRuleMarkedUnconfirmed()
    {
        var text = AllDocuments.ConsultationReport(ApprovalThreshold.VotersOver50).Markdown;

        Assert.Contains("quy định chưa được xác nhận", text);
        Assert.Contains("Tỷ lệ cử tri đồng ý: 48,50\u00A0%. Kết quả: **không tán thành**", text);
        Assert.Contains("Đề án **không** được đa số cử tri tán thành tại Phường 6", text);
    }

    [Fact]
    public void RenderConsultation_Households50_Phuong6Approves()
    {
        var text = AllDocuments.ConsultationReport(ApprovalThreshold.HouseholdsAtLeast50).Markdown;

        Assert.Contains("Tỷ lệ hộ gia đình đồng ý: 50,39\u00A0%. Kết quả: **tán thành**", text);
        Assert.Contains("Nghị định 321/2025/NĐ-CP", text);
        Assert.Contains("được đa số cử tri tán thành tại tất cả", text);
    }
}
