using System.Text.Json;
using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Scenarios.Results;

namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries scenario diff</c>: what differs between two scenario files, and with --project between their results.</summary>
internal static class ScenarioDiffCommand
{
    public static Command Create(CliConsole console)
    {
        var a = new Argument<string>("a") { Description = "The first scenario file" };
        var b = new Argument<string>("b") { Description = "The second scenario file" };
        var project = new Option<string?>("--project") { Description = "Also apply both to this project or dataset and compare the resulting units" };
        var command = new Command("diff", "Compare two scenarios: their details, their operations, and (with --project) the units they produce") { a, b, project };
        command.SetAction(async (parse, ct) =>
        {
            var (pathA, pathB) = (parse.GetValue(a)!, parse.GetValue(b)!);
            new FileGuard().Input(pathA, mustBeFile: true).Input(pathB, mustBeFile: true).Input(parse.GetValue(project)).Check();
            var (left, right) = (ScenarioFile.Read(pathA), ScenarioFile.Read(pathB));
            console.Out.MarkupLine($"[red]- {Markup.Escape(pathA)}[/]: {Markup.Escape(left.Title)}");
            console.Out.MarkupLine($"[green]+ {Markup.Escape(pathB)}[/]: {Markup.Escape(right.Title)}");
            var differences = CompareDetails(console, left, right) + CompareOperations(console, left, right);
            if (parse.GetValue(project) is { } projectPath)
            {
                var map = (await ProjectSource.OpenAsync(projectPath, CommonOptions.Limits(parse), console, ct)).Map;
                differences += CompareResults(console, ScenarioEngine.Apply(map, left), ScenarioEngine.Apply(map, right));
            }

            console.Out.MarkupLine(differences == 0 ? "no differences" : $"{differences} difference(s)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int CompareDetails(CliConsole console, Scenario left, Scenario right)
    {
        var differences = ScenarioComparison.Details(left, right);
        foreach (var d in differences)
        {
            console.Out.MarkupLine($"  {d.Field.Replace('-', ' ')}: [red]{Markup.Escape(d.Left ?? "—")}[/] → [green]{Markup.Escape(d.Right ?? "—")}[/]");
        }

        return differences.Count;
    }

    private static int CompareOperations(CliConsole console, Scenario left, Scenario right)
    {
        var count = 0;
        foreach (var line in ScenarioComparison.Operations(left, right))
        {
            var text = Markup.Escape($"{line.Number}. {OperationDescription.Of(line.Operation, c => c.Value)}");
            console.Out.MarkupLine(line.Sign switch
            {
                '=' => $"  = {text}",
                '-' => $"  [red]- {text}[/]",
                _ => $"  [green]+ {text}[/]",
            });
            count += line.Sign == '=' ? 0 : 1;
        }

        return count;
    }

    private static int CompareResults(CliConsole console, ScenarioResult left, ScenarioResult right)
    {
        if (left.Refusal is not null || right.Refusal is not null)
        {
            console.Out.MarkupLine($"[yellow]results not compared:[/] {Markup.Escape(string.Join("; ", new[] { left.Refusal, right.Refusal }.Where(r => r is not null)))}");
            return 1;
        }

        var differences = ScenarioComparison.Results(left, right);
        foreach (var d in differences)
        {
            console.Out.MarkupLine($"  {d.Code}: [red]{Markup.Escape(Describe(d.Left))}[/] → [green]{Markup.Escape(Describe(d.Right))}[/]");
        }

        return differences.Count;
    }

    private static string Describe(UnitSnapshot? s) =>
        s is null ? "absent" : FormattableString.Invariant($"{s.Name}, {s.Type}, parent {s.ParentCode}, {s.AreaKm2:0.####} km², {s.Population} people");
}
