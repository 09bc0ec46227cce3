namespace Boundaries.Core.Orientations;

/// <summary>How a proposed new commune-level unit stands against an arrangement orientation (NQ 76/2025/UBTVQH15).</summary>
public enum OrientationStatus
{
    /// <summary>Both the area and the population reach the orientation's figures.</summary>
    Meets,

    /// <summary>Below the figures, but formed from at least the rule's number of units, so the sizes need not be assessed.</summary>
    MergerOfThreeOrMore,

    /// <summary>Below a figure and not excused: the Government reports it and the UBTVQH decides. Never a kind of "meets".</summary>
    CannotMeet,

    /// <summary>A figure is missing and the known ones do not decide the case.</summary>
    MissingFigures,

    /// <summary>The orientation has no figure for this kind of unit (an đặc khu, a xã of an island district).</summary>
    NoTarget,
}

/// <summary>The wording of each status, as officials write it.</summary>
public static class OrientationStatuses
{
    /// <summary>The status in Vietnamese.</summary>
    public static string Vietnamese(this OrientationStatus status) => status switch
    {
        OrientationStatus.Meets => "đạt định hướng",
        OrientationStatus.MergerOfThreeOrMore => "nhập từ 3 đơn vị trở lên — không cần đánh giá tiêu chuẩn",
        OrientationStatus.CannotMeet => "không đạt định hướng — Ủy ban Thường vụ Quốc hội xem xét, quyết định",
        OrientationStatus.MissingFigures => "thiếu số liệu",
        OrientationStatus.NoTarget => "định hướng không quy định mức cho loại đơn vị này",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Whether the group counts as failing the orientation in a plan's objective and in comparisons.</summary>
    public static bool IsFailing(this OrientationStatus status) => status is OrientationStatus.CannotMeet or OrientationStatus.MissingFigures;
}
