namespace Boundaries.Cli.Output;

/// <summary>The coverage report as terminal tables: summary lines, then the largest gaps and overlaps with their place.</summary>
internal static class CoverageTables
{
    public static void Write(CliConsole console, CoverageReport communes, CoverageReport districts, AdminMap map, int limit)
    {
        console.Out.MarkupLine($"[bold]Communes:[/] {Markup.Escape(communes.Summary)}");
        if (map.Districts.Any())
        {
            console.Out.MarkupLine($"[bold]Districts:[/] {Markup.Escape(districts.Summary)}");
        }
        if (communes.Gaps.Count > 0)
        {
            var gaps = new Table().Border(TableBorder.Rounded).Title($"Gaps between communes (largest {Math.Min(limit, communes.Gaps.Count)} of {communes.Gaps.Count})")
                .AddColumn(new TableColumn("m²").RightAligned()).AddColumn("Lon, lat").AddColumn("Between");
            foreach (var g in communes.Gaps.Take(limit))
            {
                gaps.AddRow(Num(g.AreaSquareMeters, "0.###"), Place(g.Location.X, g.Location.Y), Markup.Escape(Names(map, g.UnitKeys)));
            }

            console.Out.Write(gaps);
        }

        if (communes.Overlaps.Count > 0)
        {
            var overlaps = new Table().Border(TableBorder.Rounded).Title($"Overlaps (largest {Math.Min(limit, communes.Overlaps.Count)} of {communes.Overlaps.Count})")
                .AddColumn(new TableColumn("m²").RightAligned()).AddColumn("Lon, lat").AddColumn("Units");
            foreach (var o in communes.Overlaps.Take(limit))
            {
                overlaps.AddRow(Num(o.AreaSquareMeters, "0.###"), Place(o.Location.X, o.Location.Y), Markup.Escape(Names(map, [o.KeyA, o.KeyB])));
            }

            console.Out.Write(overlaps);
        }

        console.Out.MarkupLine("Every problem with its place: [bold]boundaries qa PROJECT --format csv --out qa.csv[/]");
    }

    private static string Names(AdminMap map, IEnumerable<string> keys) =>
        string.Join(" · ", keys.Select(k => map.Find(k) is { } u ? u.FullName : $"{k} (unassigned)"));

    private static string Place(double lon, double lat) => string.Create(CultureInfo.InvariantCulture, $"{lon:0.######}, {lat:0.######}");

    private static string Num(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
