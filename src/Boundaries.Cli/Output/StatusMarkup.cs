namespace Boundaries.Cli.Output;

/// <summary>The terminal colour of each compliance status, so every table of the command line colours a status alike.</summary>
internal static class StatusMarkup
{
    /// <summary>The Spectre.Console style of the status ("red bold" for a unit that must be arranged).</summary>
    public static string Style(ComplianceStatus status) => status switch
    {
        ComplianceStatus.InsufficientData => "grey",
        ComplianceStatus.Exempt => "blue",
        ComplianceStatus.MustArrange => "red bold",
        ComplianceStatus.Meets => "green",
        ComplianceStatus.NoStandard => "grey",
        _ => "yellow",
    };
}
