using Boundaries.Core.Coverage.Simplification;
using Boundaries.Data.Simplification;

namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries simplify</c>: lighter polygons for maps and bundled layers, simplified as one coverage so neighbours stay joined.</summary>
internal static class SimplifyCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files") { Description = "GeoJSON layers (.geojson or .geojson.gz, lon/lat), simplified together", Arity = ArgumentArity.OneOrMore };
        var tolerance = new Option<double>("--tolerance") { Description = "Tolerance in metres (converted at 111,320 m per degree)", Required = true };
        var output = CommonOptions.Out("Folder to write the simplified files to (same names; never an input's folder)");
        var codeField = new Option<string>("--code-field") { Description = "Property naming each unit, for the report", DefaultValueFactory = _ => "code" };
        var report = new Option<string?>("--report") { Description = "Write the per-unit vertices and ellipsoidal areas before and after to this CSV" };
        var command = new Command("simplify", "Simplify polygon layers as one coverage (shared boundaries stay shared) and report the area change; the areas used in evaluations are never the simplified ones")
        {
            files, tolerance, output, codeField, report,
        };
        command.SetAction((parse, _) =>
        {
            var meters = parse.GetValue(tolerance);
            if (meters <= 0 || double.IsNaN(meters))
            {
                throw new UsageException($"--tolerance {meters}: give a positive number of metres");
            }

            var result = CoverageFiles.Simplify(parse.GetValue(files)!, parse.GetValue(codeField)!, meters, parse.GetValue(output)!, line => console.Error.WriteLine(line));
            if (parse.GetValue(report) is { } reportFile)
            {
                AtomicFile.WriteText(reportFile, ToCsv(result));
            }

            console.Out.MarkupLine(Markup.Escape(Summary(result)));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>One line: tolerance, vertices before/after, total and largest area change.</summary>
    public static string Summary(SimplifiedCoverage r) => Figures(r) +
        (r.Repaired.Count == 0 ? "" : $"; {r.Repaired.Count} invalid polygons repaired first (GeometryFixer): {string.Join(" ", r.Repaired)}");

    private static string Figures(SimplifiedCoverage r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Units.Count} polygons at {r.ToleranceMetres} m: {r.VerticesBefore:N0} → {r.VerticesAfter:N0} vertices ({100.0 * r.VerticesAfter / Math.Max(1, r.VerticesBefore):0.0} %); " +
        $"ellipsoidal area {r.AreaBeforeKm2:0.###} → {r.AreaAfterKm2:0.###} km² ({100 * (r.AreaAfterKm2 - r.AreaBeforeKm2) / r.AreaBeforeKm2:+0.00000;-0.00000;0.00000} %); " +
        $"largest change of one unit {100 * r.MaxRelativeAreaError:0.000} %");

    private static string ToCsv(SimplifiedCoverage result)
    {
        var sb = new StringBuilder("code,vertices_before,vertices_after,area_before_km2,area_after_km2,relative_area_change\n");
        foreach (var u in result.Units)
        {
            sb.Append(CsvText.Line(u.Key, u.VerticesBefore, u.VerticesAfter, Math.Round(u.AreaBeforeKm2, 6), Math.Round(u.AreaAfterKm2, 6),
                Math.Round(u.AreaBeforeKm2 > 0 ? (u.AreaAfterKm2 - u.AreaBeforeKm2) / u.AreaBeforeKm2 : 0, 8))).Append('\n');
        }

        return sb.ToString();
    }
}
