using Boundaries.Core.Scenarios.Assessments;
using Boundaries.Data.Export;

namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries scenario apply</c>: applies a scenario to a copy of the baseline and writes the result folder.</summary>
internal static class ScenarioApplyCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var file = new Argument<string>("scenario") { Description = "The scenario file (JSON, see data/scenarios/scenario.schema.json)" };
        var output = CommonOptions.Out("Folder for units.csv, changes.csv, codes.csv, evaluation.csv and result.gpkg");
        var asOf = CommonOptions.AsOf(CommonOptions.ScenarioDateElseToday);
        var standards = CommonOptions.Standards();
        var command = new Command("apply", "Apply a scenario to the baseline (never changed) and write the new map, the changes and their evaluation")
        {
            project, file, output, asOf, standards,
        };
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(output)!;
            new FileGuard().Input(parse.GetValue(project)).Input(parse.GetValue(file), mustBeFile: true)
                .InputFolder(parse.GetValue(standards)).OutputFolder(folder).Check();
            var scenario = ScenarioFile.Read(parse.GetValue(file)!);
            var catalogue = Catalogue.Load(parse.GetValue(standards));
            var opened = await ProjectSource.OpenAsync(parse.GetValue(project)!, CommonOptions.Limits(parse), console, ct, parse.GetValue(standards));
            var result = ScenarioEngine.Apply(opened.Map, scenario);
            if (result.Refusal is { } refusal)
            {
                throw new InputDataException(parse.GetValue(file)!, $"{refusal}; nothing was written");
            }

            var options = new EvaluationOptions(Dates.Parse(parse.GetValue(asOf), scenario.EffectiveDate));
            var assessment = ScenarioAssessor.Assess(result, catalogue, options);
            var metadata = new ProjectMetadata($"{opened.Name} — {scenario.Title}", DateTimeOffset.Now, Data.Projects.ProjectBuilder.ToolVersion)
            {
                Sources = [.. opened.Provenance, $"Scenario: {Path.GetFileName(parse.GetValue(file))} ({scenario.Title})"],
            };
            AtomicFolder.Write(folder, "--out", temp =>
            {
                File.WriteAllText(Path.Combine(temp, "units.csv"), Text(w => ScenarioCsv.WriteUnits(w, result)));
                File.WriteAllText(Path.Combine(temp, "changes.csv"), Text(w => ScenarioCsv.WriteChanges(w, result)));
                File.WriteAllText(Path.Combine(temp, "codes.csv"), Text(w => ScenarioCsv.WriteCodeTable(w, result)));
                AssessmentCsvWriter.WriteFile(Path.Combine(temp, "evaluation.csv"), assessment.After);
                new GeoPackageProjectStore(Path.Combine(temp, "result.gpkg")).SaveAsync(new BoundaryProject(result.Map, metadata, opened.Issues), ct).GetAwaiter().GetResult();
                return true;
            });

            ScenarioTables.WriteResult(console, scenario, result, assessment);
            console.Out.MarkupLine($"[green]Wrote[/] {Markup.Escape(folder)}: units.csv, changes.csv, codes.csv, evaluation.csv, result.gpkg");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Text(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }
}
