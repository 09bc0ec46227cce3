namespace Boundaries.Documents.Consultation;

/// <summary>One commune's result in the report: its villages, its totals and whether it approves.</summary>
/// <param name="Code">The GSO code.</param>
/// <param name="Name">The name in running text.</param>
/// <param name="Villages">The villages in the order of the tally.</param>
/// <param name="Total">The commune's totals as one row (village = "Tổng cộng").</param>
/// <param name="ApprovalPercent">The share in favour that the threshold compares.</param>
/// <param name="Approved">Whether the threshold is met; null when it cannot be computed.</param>
/// <param name="ResultText">"tán thành" / "không tán thành" / "chưa đủ số liệu".</param>
/// <param name="TurnoutPercent">Votes cast in per cent of registered voters.</param>
public sealed record CommuneRow(
    string Code,
    string Name,
    IReadOnlyList<VillageRow> Villages,
    VillageRow Total,
    double? ApprovalPercent,
    bool? Approved,
    string ResultText,
    double? TurnoutPercent);
