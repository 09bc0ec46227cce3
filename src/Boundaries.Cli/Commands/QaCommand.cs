using Boundaries.Core.Coverage.Snapping;

namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries qa</c>: the coverage report — gaps, overlaps and mismatched boundaries with place and size.</summary>
internal static class QaCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var format = CommonOptions.Format("table", "csv");
        var output = CommonOptions.OutFile();
        var limit = new Option<int>("--limit") { Description = "Rows per table in the terminal (CSV lists everything)", DefaultValueFactory = _ => 15 };
        var snap = new Option<double?>("--snap-meters") { Description = "Preview what snapping within this distance would change (nothing is written; use it with 'import')" };
        var strict = new Option<bool>("--strict") { Description = "Exit with code 5 when the commune coverage is not clean" };
        var command = new Command("qa", "Check that the commune polygons form a coverage: gaps, overlaps, mismatched boundaries")
        {
            project, format, output, limit, snap, strict,
        };
        command.SetAction(async (parse, ct) =>
        {
            new FileGuard().Input(parse.GetValue(project)).OutputFile(parse.GetValue(output)).Check();
            var opened = await ProjectSource.OpenAsync(parse.GetValue(project)!, CommonOptions.Limits(parse), console, ct);
            var communes = CoverageQa.Check(CoverageUnit.Of(opened.Map, UnitLevel.Commune));
            if (parse.GetValue(format) == "csv")
            {
                OutputWriter.Write(console, parse.GetValue(output), ToCsv(communes));
            }
            else
            {
                var districts = CoverageQa.Check(CoverageUnit.Of(opened.Map, UnitLevel.District));
                CoverageTables.Write(console, communes, districts, opened.Map, parse.GetValue(limit));
                if (parse.GetValue(snap) is { } meters)
                {
                    var snapped = CoverageSnapper.Snap(CoverageUnit.Of(opened.Map, UnitLevel.Commune), meters);
                    var after = CoverageQa.Check(snapped.Units);
                    var moved = snapped.Changes.Where(c => c.VerticesMoved + c.VerticesInserted + c.VerticesRemoved > 0).ToList();
                    console.Out.MarkupLine(Markup.Escape(string.Create(
                        CultureInfo.InvariantCulture,
                        $"Snapping at {meters} m would change {moved.Count} units (largest shift {moved.DefaultIfEmpty().Max(c => c?.MaxShiftMeters ?? 0):0.###} m, total area change {moved.Sum(c => c.AreaChangeSquareMeters):+0.###;-0.###;0} m²) and leave: {after.Summary}")));
                    console.Out.MarkupLine($"To keep it as a recorded decision: [bold]boundaries import SOURCE --snap-meters {meters.ToString(CultureInfo.InvariantCulture)} --out FILE.gpkg[/]");
                }
            }

            return parse.GetValue(strict) && !communes.IsClean ? ExitCodes.ChecksFailed : ExitCodes.Ok;
        });
        return command;
    }

    private static string ToCsv(CoverageReport report)
    {
        var sb = new StringBuilder("kind,units,area_m2,length_m,lon,lat\n");
        foreach (var g in report.Gaps)
        {
            sb.Append(CsvText.Line("gap", string.Join(' ', g.UnitKeys), g.AreaSquareMeters, null, g.Location.X, g.Location.Y)).Append('\n');
        }

        foreach (var o in report.Overlaps)
        {
            sb.Append(CsvText.Line("overlap", $"{o.KeyA} {o.KeyB}", o.AreaSquareMeters, null, o.Location.X, o.Location.Y)).Append('\n');
        }

        foreach (var e in report.MismatchedEdges)
        {
            sb.Append(CsvText.Line("mismatched-edge", e.UnitKey, null, e.LengthMeters, e.Location.X, e.Location.Y)).Append('\n');
        }

        return sb.ToString();
    }
}
