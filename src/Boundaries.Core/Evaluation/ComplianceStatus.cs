namespace Boundaries.Core.Evaluation;

/// <summary>The one-word outcome of an assessment that maps and GIS layers show: the categories a planner colours a map by.</summary>
public enum ComplianceStatus
{
    /// <summary>Area or population unknown, so the unit could not be assessed (thiếu số liệu).</summary>
    InsufficientData,

    /// <summary>Both the area and the population standard are met (đạt tiêu chuẩn).</summary>
    Meets,

    /// <summary>Below a standard but not subject to arrangement under the programme in force (chưa đạt tiêu chuẩn).</summary>
    BelowStandard,

    /// <summary>Subject to arrangement (thuộc diện sắp xếp).</summary>
    MustArrange,

    /// <summary>Matches the arrangement criteria but a recorded ground exempts it (không bắt buộc sắp xếp).</summary>
    Exempt,

    /// <summary>The regime has no standard for the unit's type (a đặc khu under NQ 112/2025/UBTVQH15), so it is shown with its figures only (chưa có tiêu chuẩn).</summary>
    NoStandard,
}
