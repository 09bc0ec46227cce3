using System.Text.Encodings.Web;
using System.Text.Json;
using Boundaries.Data.Store.Postgis;

namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries log</c>: the audit log of a shared project — who changed what, when, before and after.</summary>
internal static class LogCommand
{
    // Vietnamese letters as they are, not \u escapes: the log is read by people.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliConsole console)
    {
        var project = SharedScenarioCommands.SharedProject();
        var scenario = new Option<string?>("--scenario") { Description = "Only the changes of this scenario" };
        var full = new Option<bool>("--values") { Description = "Print the values before and after (JSON) under each change" };
        var command = new Command("log", "Print the audit log of a shared project: every import, scenario save and lock, in order") { project, scenario, full };
        command.SetAction(async (parse, ct) =>
        {
            var location = SharedScenarioCommands.Open(parse.GetValue(project)!);
            foreach (var e in await AuditLog.ReadAsync(location, parse.GetValue(scenario), ct))
            {
                var subject = e.Scenario is null ? e.Subject : $"{e.Scenario}: {e.Subject}";
                console.Out.MarkupLine(Markup.Escape($"{e.Id}\t{SharedScenarioCommands.Time(e.At)}\t{e.Who}\t{e.Action}\t{subject}"));
                if (parse.GetValue(full))
                {
                    console.Out.MarkupLine(Markup.Escape($"\ttrước: {e.Before?.ToJsonString(Readable) ?? "—"}"));
                    console.Out.MarkupLine(Markup.Escape($"\tsau: {e.After?.ToJsonString(Readable) ?? "—"}"));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
