using Boundaries.Core.Quality;
using Boundaries.Data.Import;

namespace Boundaries.Cli.Output;

/// <summary>What <c>boundaries import</c> prints: counts per level, files read, coverage QA and issues.</summary>
internal static class ImportSummary
{
    public static void Write(CliConsole console, ImportReport report, BoundaryProject project, CoverageReport coverage, string target)
    {
        var map = project.Map;
        var levels = new Table().Border(TableBorder.Rounded).Title("Đơn vị hành chính")
            .AddColumn("Cấp").AddColumn(new TableColumn("Đơn vị").RightAligned())
            .AddColumn(new TableColumn("Có ranh giới").RightAligned()).AddColumn(new TableColumn("Có dân số").RightAligned())
            .AddColumn(new TableColumn("Dân số").RightAligned()).AddColumn(new TableColumn("Diện tích (km²)").RightAligned());
        // A two-tier map (since 01/07/2025) has no district row.
        foreach (var level in new[] { UnitLevel.Province, UnitLevel.District, UnitLevel.Commune }.Where(l => l != UnitLevel.District || map.Districts.Any()))
        {
            var units = map.AtLevel(level).ToList();
            var population = units.Sum(u => map.PopulationOf(u) ?? 0);
            var area = level == UnitLevel.Commune
                ? units.Sum(u => u.GeodesicAreaKm2 ?? 0) + map.Unassigned.Sum(a => a.GeodesicAreaKm2)
                : units.Sum(u => map.AreaKm2Of(u) ?? 0);
            levels.AddRow(
                LevelName(level),
                units.Count.ToString(VietnameseFormat.Culture),
                units.Count(u => u.Geometry is not null).ToString(VietnameseFormat.Culture),
                units.Count(u => map.PopulationOf(u) is not null).ToString(VietnameseFormat.Culture),
                VietnameseFormat.Count(population),
                VietnameseFormat.Number(area, 2));
        }

        levels.Caption(map.Unassigned.Count == 0 ? "" : $"Diện tích cấp xã gồm {map.Unassigned.Count} ranh giới cũ chưa gán đơn vị: {Markup.Escape(string.Join(", ", map.Unassigned.Select(a => a.Name)))}");
        console.Out.Write(levels);

        var files = new Table().Border(TableBorder.Simple).Title("Files read")
            .AddColumn("File").AddColumn("Role").AddColumn(new TableColumn("Features").RightAligned()).AddColumn("CRS").AddColumn("Text");
        foreach (var f in report.Files)
        {
            files.AddRow(
                Markup.Escape(Path.GetFileName(f.File)),
                Markup.Escape(f.Role),
                f.Features.ToString(CultureInfo.InvariantCulture),
                f.Epsg is { } e ? $"EPSG:{e}{(f.CrsOrigin is null ? "" : $" ({Markup.Escape(f.CrsOrigin)})")}" : "",
                Markup.Escape(f.TextEncoding ?? ""));
        }

        console.Out.Write(files);
        console.Out.MarkupLine($"[bold]Coverage QA (communes):[/] {Markup.Escape(coverage.Summary)}");
        WriteIssueCounts(console, project.Issues);
        var size = File.Exists(target) ? $" ({VietnameseFormat.Number(new FileInfo(target).Length / 1024.0, 0)} KB)" : "";
        console.Out.MarkupLine($"[green]Wrote[/] {Markup.Escape(target)}{size}. Next: [bold]boundaries units {Markup.Escape(target)}[/], [bold]boundaries qa {Markup.Escape(target)}[/], [bold]boundaries evaluate {Markup.Escape(target)}[/]");
    }

    /// <summary>Counts of issues by severity and kind, with the warnings spelled out when there are few.</summary>
    public static void WriteIssueCounts(CliConsole console, IReadOnlyList<DataIssue> issues)
    {
        if (issues.Count == 0)
        {
            console.Out.MarkupLine("[bold]Issues:[/] none");
            return;
        }

        var byKind = issues.GroupBy(i => (i.Severity, i.Kind)).OrderByDescending(g => g.Key.Severity).ThenBy(g => g.Key.Kind)
            .Select(g => $"{g.Count()} {g.Key.Kind} ({g.Key.Severity.ToString().ToLowerInvariant()})");
        console.Out.MarkupLine($"[bold]Issues:[/] {Markup.Escape(string.Join(", ", byKind))}");
        var warnings = issues.Where(i => i.Severity == IssueSeverity.Warning && !i.Kind.StartsWith("coverage-", StringComparison.Ordinal)).ToList();
        foreach (var w in warnings.Take(10))
        {
            console.Out.MarkupLine($"  [yellow]warning[/] {Markup.Escape(w.ToString())}");
        }

        if (warnings.Count > 10)
        {
            console.Out.MarkupLine($"  … and {warnings.Count - 10} more (boundaries info --issues)");
        }
    }

    private static string LevelName(UnitLevel level) => level switch
    {
        UnitLevel.Province => "Tỉnh",
        UnitLevel.District => "Huyện",
        _ => "Xã",
    };
}
