using Boundaries.Core.Consultation;
using Boundaries.Core.Formatting;
using Boundaries.Documents.Model;

namespace Boundaries.Documents.Hearing;

/// <summary>The sentences of the public hearing page, in plain Vietnamese, from the dossier's model: what is proposed, why, and how to vote.</summary>
internal static class HearingText
{
    /// <summary>One sentence per unit formed or changed: "Nhập Phường 2 và Phường 6 vào Phường 3."</summary>
    public static IReadOnlyList<string> Proposal(DossierModel model) =>
        model.Plan.Where(p => p.After.Level == "commune").Select(p => Capital(Action(p)) + ".").ToList();

    /// <summary>Why: each unit before with its figures against the standard and its status, then each unit after and whether it may be formed.</summary>
    public static IReadOnlyList<string> Reasons(DossierModel model)
    {
        var lines = model.Before.Where(u => u.Level == "commune")
            .Select(u => $"{u.Name} hiện có {Figures(u)}{(u.Status.Length > 0 ? $"; đánh giá theo tiêu chuẩn: {u.Status}" : "")}.")
            .ToList();
        foreach (var plan in model.Plan.Where(p => p.After.Level == "commune"))
        {
            lines.Add($"Sau khi {model.Scenario.DoneText}, {plan.After.NameInText} có {Figures(plan.After)}{Verdict(plan)}.");
        }

        return lines;
    }

    /// <summary>Who votes and when the proposal is approved: households from 01/07/2025 (NĐ 321/2025/NĐ-CP), voters before (NĐ 54/2018/NĐ-CP).</summary>
    public static ApprovalRule Rule(DossierModel model) =>
        ApprovalRule.Of(model.Legal.TwoTier ? ApprovalThreshold.HouseholdsAtLeast50 : ApprovalThreshold.VotersOver50);

    /// <summary>How to fill in the ballot, as the ballot of the dossier says it.</summary>
    public static IReadOnlyList<string> HowToVote(DossierModel model)
    {
        var who = model.Legal.TwoTier ? "hộ gia đình" : "cử tri";
        var ballot = model.Legal.TwoTier ? "Phiếu lấy ý kiến hộ gia đình" : "Phiếu lấy ý kiến cử tri";
        return
        [
            $"{ballot} được phát đến từng hộ gia đình; chủ hộ ghi họ tên và ký vào phiếu.",
            model.Legal.TwoTier
                ? "Hộ gia đình đánh dấu (x) vào một trong hai ô \"Đồng ý\" hoặc \"Không đồng ý\"."
                : "Mỗi cử tri tự ghi họ tên và đánh dấu (x) vào một trong hai ô \"Đồng ý\" hoặc \"Không đồng ý\".",
            "Phiếu không đánh dấu hoặc đánh dấu cả hai ô là phiếu không hợp lệ. Phiếu phải có dấu của Ủy ban nhân dân cấp xã ở góc trên bên trái.",
            $"Phiếu được nộp tại nơi lấy ý kiến ghi ở trên trong thời gian lấy ý kiến. Theo quy định, {Rule(model).Description} ({Rule(model).Basis.Instrument}); {who} có thể ghi ý kiến khác vào phiếu.",
        ];
    }

    /// <summary>"từ ngày 05/08/2024 đến ngày 11/08/2024", or the sentence saying the dates will be announced.</summary>
    public static string When(ConsultationNotice notice) => (notice.From, notice.To) switch
    {
        ({ } from, { } to) => $"Từ ngày {VietnameseFormat.ShortDate(from)} đến hết ngày {VietnameseFormat.ShortDate(to)}.",
        ({ } from, null) => $"Bắt đầu từ ngày {VietnameseFormat.ShortDate(from)}.",
        (null, { } to) => $"Đến hết ngày {VietnameseFormat.ShortDate(to)}.",
        _ => "Thời gian lấy ý kiến sẽ được Ủy ban nhân dân cấp xã thông báo.",
    };

    private static string Action(PlannedUnit p)
    {
        var others = p.Gained.Select(g => g.FromName).ToList();
        return p.Kind switch
        {
            "merged" or "adjusted" when others.Count > 0 => $"{(p.Kind == "merged" ? "nhập" : "điều chỉnh một phần")} {VietnameseFormat.JoinAnd(others)} vào {p.After.NameInText}",
            "renamed" when p.Before is not null => $"đổi tên {p.Before.NameInText} thành {p.After.NameInText}",
            "adjusted" when p.Lost.Count > 0 => $"điều chỉnh một phần {p.After.NameInText} sang {VietnameseFormat.JoinAnd(p.Lost.Select(l => l.ToName).ToList())}",
            _ => $"điều chỉnh {p.After.NameInText}",
        };
    }

    private static string Figures(UnitFigures u) =>
        $"diện tích tự nhiên {VietnameseFormat.Km2(u.AreaKm2)} km²{Share(u.AreaPercent)} và quy mô dân số {VietnameseFormat.People(u.Population)} người{Share(u.PopulationPercent)}";

    private static string Share(double? percent) => percent is null ? "" : $" (bằng {VietnameseFormat.Percent(percent)} tiêu chuẩn)";

    private static string Verdict(PlannedUnit plan) => plan.Formed switch
    {
        { MeetsStandard: true } => ", đạt tiêu chuẩn của đơn vị hành chính",
        { PermittedByMergerSize: true } f => $", tuy chưa đạt tiêu chuẩn nhưng được thành lập vì được hình thành từ {f.FormedFrom} đơn vị hành chính cùng cấp{(f.Citation.Length > 0 ? $" ({f.Citation})" : "")}",
        { Permitted: false } => ", chưa đạt tiêu chuẩn; Ủy ban Thường vụ Quốc hội xem xét, quyết định",
        _ => "",
    };

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpper(text[0], VietnameseFormat.Culture) + text[1..];
}
