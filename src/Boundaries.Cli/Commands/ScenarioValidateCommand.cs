using Boundaries.Core.Scenarios.Operations;

namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries scenario validate</c>: checks a scenario file, and with --project that every operation applies.</summary>
internal static class ScenarioValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("scenario") { Description = "The scenario file" };
        var project = new Option<string?>("--project") { Description = "Also apply it (dry run) to this project or dataset and run every check" };
        var command = new Command("validate", "Check a scenario file against its schema and, with --project, apply it without writing anything") { file, project };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            new FileGuard().Input(path, mustBeFile: true).Input(parse.GetValue(project)).Check();
            var scenario = ScenarioFile.Read(path);
            console.Out.MarkupLine($"[green]valid[/] {Markup.Escape(path)}: {Markup.Escape(scenario.Title)}, {scenario.Operations.Count} operation(s) on baseline {Markup.Escape(scenario.Baseline.Dataset)}");
            for (var i = 0; i < scenario.Operations.Count; i++)
            {
                console.Out.MarkupLine($"  {i + 1}. {Markup.Escape(OperationDescription.Of(scenario.Operations[i], c => c.Value))}");
            }

            if (parse.GetValue(project) is not { } projectPath)
            {
                return ExitCodes.Ok;
            }

            var opened = await ProjectSource.OpenAsync(projectPath, CommonOptions.Limits(parse), console, ct);
            var result = ScenarioEngine.Apply(opened.Map, scenario);
            if (result.Refusal is { } refusal)
            {
                throw new InputDataException(path, refusal.ToString());
            }

            console.Out.MarkupLine($"[green]applies[/] to {Markup.Escape(projectPath)}: every check passed after each of the {result.Log.Count} operation(s) (area and population conserved, no gap or overlap introduced, one piece, one parent)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
