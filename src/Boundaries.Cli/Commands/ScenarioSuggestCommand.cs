using Boundaries.Core.Coverage.Neighbours;
using Boundaries.Core.Scenarios.Suggestions;

namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries scenario suggest</c>: neighbours to merge a substandard unit with, ranked by the merged result.</summary>
internal static class ScenarioSuggestCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var unit = new Option<string>("--unit") { Description = "The unit to find merge partners for (GSO code, e.g. 29245)", Required = true };
        var asOf = CommonOptions.AsOf(CommonOptions.ScenarioDateElseToday);
        var standards = CommonOptions.Standards();
        var command = new Command("suggest", "Rank the neighbours of a unit by what merging with each would give") { project, unit, asOf, standards };
        command.SetAction(async (parse, ct) =>
        {
            new FileGuard().Input(parse.GetValue(project)).InputFolder(parse.GetValue(standards)).Check();
            var catalogue = Catalogue.Load(parse.GetValue(standards));
            var opened = await ProjectSource.OpenAsync(parse.GetValue(project)!, CommonOptions.Limits(parse), console, ct, parse.GetValue(standards));
            var code = parse.GetValue(unit)!;
            var target = opened.Map.Find(code) ?? throw new UsageException($"--unit {code}: no unit with this code in the map");
            var options = new EvaluationOptions(Dates.Parse(parse.GetValue(asOf)));
            var suggestions = MergeSuggester.For(new ScenarioWorkspace(opened.Map), target.Code, catalogue, options);
            var table = new Table().Border(TableBorder.Rounded).Title($"Merge partners for {Markup.Escape(target.FullName)} ({target.Code})")
                .AddColumn("#").AddColumn("Neighbour").AddColumn("Hướng").AddColumn(new TableColumn("Shared (m)").RightAligned())
                .AddColumn(new TableColumn("Merged km²").RightAligned()).AddColumn(new TableColumn("Merged people").RightAligned())
                .AddColumn(new TableColumn("% TC DT / DS").RightAligned()).AddColumn("Result");
            var rank = 0;
            foreach (var s in suggestions)
            {
                table.AddRow(
                    (++rank).ToString(CultureInfo.InvariantCulture),
                    Markup.Escape($"{s.Neighbour.FullName} ({s.Neighbour.Code})") + (s.SameParent ? "" : " [yellow](other district)[/]"),
                    Markup.Escape(s.Direction),
                    VietnameseFormat.Number(s.SharedLengthMeters, 0),
                    VietnameseFormat.Number(s.AreaKm2, 2),
                    VietnameseFormat.Count(s.Population),
                    VietnameseFormat.Percentages(s.Assessment.AreaPercent, s.Assessment.PopulationPercent),
                    s.Meets ? "[green]meets the standard[/]" : "[yellow]below the standard (two units: not permitted unless a third joins)[/]");
            }

            console.Out.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
