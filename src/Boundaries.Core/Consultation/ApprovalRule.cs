using Boundaries.Core.Standards;

namespace Boundaries.Core.Consultation;

/// <summary>An approval threshold with its wording and legal basis, as the results report cites it.</summary>
/// <param name="Threshold">Which threshold.</param>
/// <param name="Description">The rule in Vietnamese, as the report states it.</param>
/// <param name="Basis">Instrument, status and sources.</param>
public sealed record ApprovalRule(ApprovalThreshold Threshold, string Description, LegalBasis Basis)
{
    /// <summary>The rule for a threshold.</summary>
    /// <remarks>
    /// Both are marked unconfirmed: the NĐ 54/2018 article stating the "more than 50 % of voters" rule was not visible in
    /// any source read, and NĐ 321/2025's "từ 50 %" of households is known from a press report of the decree only.
    /// </remarks>
    public static ApprovalRule Of(ApprovalThreshold threshold) => threshold switch
    {
        ApprovalThreshold.VotersOver50 => new ApprovalRule(
            threshold,
            "đề án được tán thành khi trên 50 % tổng số cử tri của đơn vị hành chính cấp xã đồng ý",
            new LegalBasis(
                "Nghị định 54/2018/NĐ-CP (sửa đổi bởi Nghị định 66/2023/NĐ-CP)",
                null,
                RuleStatus.Unconfirmed,
                ["LuatVietnam, Nghị định 54/2018/NĐ-CP – https://luatvietnam.vn/dia-gioi-hanh-chinh/nghi-dinh-54-2018-nd-cp-lay-y-kien-cu-tri-ve-dieu-chinh-dia-gioi-don-vi-hanh-chinh-162058-d1.html"],
                "the article stating the threshold was not visible in the sources read")),
        ApprovalThreshold.HouseholdsAtLeast50 => new ApprovalRule(
            threshold,
            "đề án được tán thành khi từ 50 % tổng số hộ gia đình của đơn vị hành chính cấp xã trở lên đồng ý",
            new LegalBasis(
                "Nghị định 321/2025/NĐ-CP",
                null,
                RuleStatus.Unconfirmed,
                ["VnExpress, Chỉ xây dựng đề án sáp nhập tỉnh, xã khi 50% hộ dân tán thành – https://vnexpress.net/chi-xay-dung-de-an-sap-nhap-tinh-xa-khi-50-ho-dan-tan-thanh-4995243.html"],
                "known from a press report of the decree; the decree's text was not read")),
        _ => throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "Not an approval threshold."),
    };
}
