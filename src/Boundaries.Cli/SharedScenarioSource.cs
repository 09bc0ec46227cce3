using Boundaries.Cli.Commands;
using Boundaries.Data.Store.Postgis;
using Boundaries.Documents.Model;

namespace Boundaries.Cli;

/// <summary>A scenario read from a shared project by its id, with the history its audit log records.</summary>
internal static class SharedScenarioSource
{
    /// <summary>True when <paramref name="scenario"/> names a shared scenario of <paramref name="project"/> rather than a file.</summary>
    public static bool Names(string project, string scenario) =>
        ProjectLocation.Database(project) is not null && !File.Exists(scenario);

    /// <summary>The latest version of scenario <paramref name="id"/> and every change recorded for it, oldest first.</summary>
    public static async Task<(Scenario Scenario, ScenarioHistory History)> ReadAsync(string project, string id, CancellationToken ct)
    {
        var location = SharedScenarioCommands.Open(project);
        var found = await new SharedScenarios(location).GetAsync(id, ct)
            ?? throw new InputDataException(location.Display, $"no scenario '{id}' (neither a file nor a scenario of the shared project)");
        var scenario = ScenarioFile.Parse(found.Json, $"{location.Display} scenario {found.Version.Id}");
        var entries = (await AuditLog.ReadAsync(location, id, ct)).Select(Entry).ToList();
        return (scenario, new ScenarioHistory(found.Version.Id, found.Version.Version, found.Version.IsSubmitted, entries));
    }

    private static ScenarioHistoryEntry Entry(AuditEntry e)
    {
        var what = e.Action switch
        {
            "scenario-save" when e.After?["version"] is { } version => $"Lưu phiên bản {version}: {e.Subject}",
            _ => e.Subject,
        };
        return new ScenarioHistoryEntry(When(e.At), e.Who ?? "", what);
    }

    // As officials write a time: "14 giờ 05, ngày 04/12/2026", in Vietnam's time.
    private static string When(DateTimeOffset at)
    {
        var local = at.ToOffset(TimeSpan.FromHours(7));
        return System.FormattableString.Invariant($"{local:HH} giờ {local:mm}, ngày {local:dd/MM/yyyy}");
    }
}
