using System.CommandLine;
using System.Text.Json;
using Boundaries.Cli.Files;
using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Scenarios.Results;
using Boundaries.Data.Scenarios;
using Spectre.Console;

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
                var map = (await ProjectSource.OpenAsync(projectPath, console, ct)).Map;
                differences += CompareResults(console, ScenarioEngine.Apply(map, left), ScenarioEngine.Apply(map, right));
            }

            console.Out.MarkupLine(differences == 0 ? "no differences" : $"{differences} difference(s)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int CompareDetails(CliConsole console, Scenario left, Scenario right)
    {
        var pairs = new (string Name, string? A, string? B)[]
        {
            ("title", left.Title, right.Title),
            ("baseline", left.Baseline.Dataset, right.Baseline.Dataset),
            ("effective date", left.EffectiveDate?.ToString("yyyy-MM-dd"), right.EffectiveDate?.ToString("yyyy-MM-dd")),
            ("legal basis", Legal(left), Legal(right)),
        };
        var count = 0;
        foreach (var (name, x, y) in pairs.Where(p => p.A != p.B))
        {
            console.Out.MarkupLine($"  {name}: [red]{Markup.Escape(x ?? "—")}[/] → [green]{Markup.Escape(y ?? "—")}[/]");
            count++;
        }

        return count;
    }

    private static int CompareOperations(CliConsole console, Scenario left, Scenario right)
    {
        var (ops1, ops2) = (Canonical(left), Canonical(right));
        var (i, j, count) = (0, 0, 0);
        while (i < ops1.Count || j < ops2.Count)
        {
            if (i < ops1.Count && j < ops2.Count && ops1[i] == ops2[j])
            {
                console.Out.MarkupLine($"  = {i + 1}. {Markup.Escape(OperationDescription.Of(left.Operations[i], c => c.Value))}");
                (i, j) = (i + 1, j + 1);
            }
            else if (i < ops1.Count && !ops2.Skip(j).Contains(ops1[i]))
            {
                console.Out.MarkupLine($"  [red]- {i + 1}. {Markup.Escape(OperationDescription.Of(left.Operations[i], c => c.Value))}[/]");
                (i, count) = (i + 1, count + 1);
            }
            else
            {
                console.Out.MarkupLine($"  [green]+ {j + 1}. {Markup.Escape(OperationDescription.Of(right.Operations[j], c => c.Value))}[/]");
                (j, count) = (j + 1, count + 1);
            }
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

        var a = left.Map.Units.ToDictionary(u => u.Code, u => left.Figures.Snapshot(u));
        var b = right.Map.Units.ToDictionary(u => u.Code, u => right.Figures.Snapshot(u));
        var count = 0;
        foreach (var code in a.Keys.Union(b.Keys).OrderBy(c => c.Value, StringComparer.Ordinal))
        {
            var (x, y) = (a.GetValueOrDefault(code), b.GetValueOrDefault(code));
            if (x == y)
            {
                continue;
            }

            count++;
            console.Out.MarkupLine($"  {code}: [red]{Markup.Escape(Describe(x))}[/] → [green]{Markup.Escape(Describe(y))}[/]");
        }

        return count;
    }

    private static string Legal(Scenario s) =>
        string.Join("; ", s.LegalBasis.Select(l => $"{l.Instrument}{(l.Provision is { Length: > 0 } p ? $", {p}" : "")}{(l.Date is { } d ? $" ({d:dd/MM/yyyy})" : "")}"));

    private static string Describe(UnitSnapshot? s) =>
        s is null ? "absent" : FormattableString.Invariant($"{s.Name}, {s.Type}, parent {s.ParentCode}, {s.AreaKm2:0.####} km², {s.Population} people");

    private static List<string> Canonical(Scenario scenario)
    {
        using var doc = JsonDocument.Parse(ScenarioFile.ToJson(scenario, schema: null));
        return doc.RootElement.GetProperty("operations").EnumerateArray().Select(e => e.GetRawText()).ToList();
    }
}
