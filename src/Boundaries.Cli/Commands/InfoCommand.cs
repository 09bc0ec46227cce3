namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries info</c>: what a project holds, where its figures come from, and the issues recorded at import.</summary>
internal static class InfoCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var all = new Option<bool>("--issues") { Description = "List every recorded issue, one per line" };
        var command = new Command("info", "Describe a project: dataset, units by type, sources, recorded issues") { project, all };
        command.SetAction(async (parse, ct) =>
        {
            new FileGuard().Input(parse.GetValue(project)).Check();
            var opened = await ProjectSource.OpenAsync(parse.GetValue(project)!, CommonOptions.Limits(parse), console, ct);
            var map = opened.Map;
            console.Out.MarkupLine($"[bold]{Markup.Escape(opened.Name)}[/] — {Markup.Escape(opened.Path)}");
            if (opened.Baseline is { } baseline)
            {
                var tiers = map.Districts.Any() ? "ba cấp: tỉnh, huyện, xã" : "hai cấp: tỉnh, xã (không có cấp huyện)";
                console.Out.MarkupLine($"Bản đồ hành chính ngày {baseline.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)} ({tiers})");
            }

            foreach (var change in opened.DatedChanges)
            {
                console.Out.MarkupLine(Markup.Escape($"Thay đổi sau đó (áp dụng từ ngày có hiệu lực): {MapStateLine.Describe(change)} — {change.Title}"));
            }

            // The counts below are those of the map of today, as every command uses it.
            if (MapStateLine.Of(opened.Current, opened.Baseline) is { } state)
            {
                console.Out.MarkupLine(Markup.Escape(state));
            }

            var types = new Table().Border(TableBorder.Rounded).AddColumn("Loại đơn vị").AddColumn(new TableColumn("Số lượng").RightAligned()).AddColumn(new TableColumn("Có ranh giới").RightAligned());
            foreach (var g in map.Units.GroupBy(u => u.Type).OrderBy(g => g.Key))
            {
                types.AddRow(Markup.Escape(g.Key.VietnameseName()), g.Count().ToString(), g.Count(u => u.Geometry is not null).ToString());
            }

            console.Out.Write(types);
            foreach (var u in map.Units.Where(u => u.Geometry is null && u.Level == UnitLevel.Commune))
            {
                console.Out.MarkupLine($"  [grey]no polygon:[/] {Markup.Escape(u.ToString())} — {Markup.Escape(u.GeometryNote ?? "no reason recorded")}");
            }

            foreach (var a in map.Unassigned)
            {
                console.Out.MarkupLine($"  [grey]unassigned polygon:[/] {Markup.Escape(a.Name)} ({a.GeodesicAreaKm2:0.###} km²) — {Markup.Escape(a.Note)}");
            }

            console.Out.MarkupLine("[bold]Sources[/]");
            foreach (var line in opened.Provenance)
            {
                console.Out.MarkupLine($"  {Markup.Escape(line)}");
            }

            ImportSummary.WriteIssueCounts(console, opened.Issues);
            if (parse.GetValue(all))
            {
                foreach (var issue in opened.Issues)
                {
                    console.Out.MarkupLine($"  {issue.Severity.ToString().ToLowerInvariant()} {Markup.Escape(issue.Kind)}: {Markup.Escape(issue.ToString())}");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
