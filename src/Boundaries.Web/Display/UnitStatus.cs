namespace Boundaries.Web.Display;

/// <summary>A unit's standing against the standards, as the map colours it: a stable key and the Vietnamese words the page shows.</summary>
/// <param name="Key">"meets", "below", "must-arrange", "exempt", "permitted", "not-permitted", "insufficient", "none" (not assessed).</param>
/// <param name="Text">The words shown to the planner.</param>
public sealed record UnitStatus(string Key, string Text)
{
    /// <summary>The status of an assessed unit; for a unit formed by an arrangement, whether NQ 35/2023/UBTVQH15 Điều 4 permits it.</summary>
    public static UnitStatus Of(Assessment? assessment, MergerAssessment? formed = null, int? formedFrom = null)
    {
        if (assessment is null)
        {
            return new UnitStatus("none", "chưa đánh giá");
        }

        // NQ 35/2023/UBTVQH15 Điều 4: a unit formed by merging three or more units may stay below the standards.
        if (formed is { PermittedByMergerSize: true })
        {
            return new UnitStatus("permitted", $"chưa đạt tiêu chuẩn · được phép: hợp nhất {formedFrom} đơn vị (Điều 4 NQ 35/2023/UBTVQH15)");
        }

        if (formed is { Permitted: false })
        {
            return new UnitStatus("not-permitted", "chưa đạt tiêu chuẩn · không đủ điều kiện Điều 4 NQ 35/2023/UBTVQH15");
        }

        // No standard for the unit's type although both figures are known: the one status says "insufficient data"; the page says why.
        if (assessment is { InsufficientData: false, Standard: null, MustArrange: not true })
        {
            return new UnitStatus("none", "chưa xác định được tiêu chuẩn");
        }

        return ComplianceStatuses.Of(assessment) switch
        {
            ComplianceStatus.InsufficientData => new UnitStatus("insufficient", "thiếu số liệu"),
            ComplianceStatus.Exempt => new UnitStatus("exempt", "thuộc diện sắp xếp · được miễn"),
            ComplianceStatus.MustArrange => new UnitStatus("must-arrange", "thuộc diện sắp xếp"),
            ComplianceStatus.Meets => new UnitStatus("meets", "đạt tiêu chuẩn"),
            _ => new UnitStatus("below", "chưa đạt tiêu chuẩn"),
        };
    }
}
