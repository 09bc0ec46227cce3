namespace Boundaries.Core.Evaluation;

/// <summary>Derives a <see cref="ComplianceStatus"/> from an assessment, and its names in files and in Vietnamese.</summary>
/// <remarks>The wording is that of the evaluation table of the command line, so that a map and a table of the same units agree.</remarks>
public static class ComplianceStatuses
{
    /// <summary>The status of an assessment; an exempt unit is one that matched the arrangement criteria and has a recorded ground.</summary>
    public static ComplianceStatus Of(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return assessment switch
        {
            { InsufficientData: true } => ComplianceStatus.InsufficientData,
            { Standard: null } => ComplianceStatus.NoStandard,
            { MustArrange: true, Exempt: true } => ComplianceStatus.Exempt,
            { MustArrange: true } => ComplianceStatus.MustArrange,
            { MeetsStandard: true } => ComplianceStatus.Meets,
            { MeetsStandard: false } => ComplianceStatus.BelowStandard,
            _ => ComplianceStatus.InsufficientData,
        };
    }

    /// <summary>The ASCII value written to GIS layers and CSV ("must-arrange").</summary>
    public static string Slug(this ComplianceStatus status) => status switch
    {
        ComplianceStatus.Meets => "meets",
        ComplianceStatus.BelowStandard => "below-standard",
        ComplianceStatus.MustArrange => "must-arrange",
        ComplianceStatus.Exempt => "exempt",
        ComplianceStatus.NoStandard => "no-standard",
        _ => "insufficient-data",
    };

    /// <summary>The Vietnamese wording ("thuộc diện sắp xếp").</summary>
    public static string VietnameseName(this ComplianceStatus status) => status switch
    {
        ComplianceStatus.Meets => "đạt tiêu chuẩn",
        ComplianceStatus.BelowStandard => "chưa đạt tiêu chuẩn",
        ComplianceStatus.MustArrange => "thuộc diện sắp xếp",
        ComplianceStatus.Exempt => "không bắt buộc sắp xếp",
        ComplianceStatus.NoStandard => "chưa có tiêu chuẩn",
        _ => "thiếu số liệu",
    };
}
