namespace Boundaries.Cli.Output;

/// <summary>The evaluation as a terminal table coloured by status, with the summary lines of the seed report.</summary>
internal static class EvaluationTable
{
    /// <summary>Writes the header, the table of <paramref name="shown"/> and the summary lines; <paramref name="mapState"/> says which state of the map was evaluated, when the project has dated changes.</summary>
    public static void Write(CliConsole console, MapEvaluation evaluation, IReadOnlyList<Assessment> shown, string? mapState = null)
    {
        var selection = evaluation.Selection;
        console.Out.MarkupLine($"[bold]Tiêu chuẩn:[/] {Markup.Escape(selection.Regime.Title)}; [bold]sắp xếp:[/] {Markup.Escape(selection.Programme is { } p ? $"{p.Programme.Title}, {p.Period.Id}" : "không có chương trình áp dụng")}; ngày {evaluation.AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
        if (mapState is not null)
        {
            console.Out.MarkupLine($"  [grey]{Markup.Escape(mapState)}[/]");
        }

        foreach (var note in selection.Notes)
        {
            console.Out.MarkupLine($"  [grey]{Markup.Escape(note)}[/]");
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Mã").AddColumn("Tên").AddColumn("Loại")
            .AddColumn(new TableColumn("Diện tích (km²)").RightAligned()).AddColumn(new TableColumn("% TC").RightAligned())
            .AddColumn(new TableColumn("Dân số").RightAligned()).AddColumn(new TableColumn("% TC").RightAligned())
            .AddColumn("Kết quả");
        // The province's own list of units to arrange is a fact of the 2023–2025 programme; a 2025 dataset has none.
        var listed = shown.Any(a => a.Unit.SpecialFactors.Any(f => f.Kind == Core.Standards.FactKinds.ListedMustArrange));
        if (listed)
        {
            table.AddColumn("DS tỉnh");
        }

        table.AddColumn("Căn cứ");
        foreach (var a in shown)
        {
            var name = Markup.Escape(a.Unit.FullName) + (a.ReliesOnUnconfirmed ? " [yellow]*[/]" : "");
            var cells = new List<string>
            {
                a.Code.Value,
                a.Unit.Level == UnitLevel.Commune ? name : $"[bold]{name}[/]",
                Markup.Escape(a.Unit.Type.VietnameseName()),
                a.Area.Km2 is { } km2 ? VietnameseFormat.Number(km2, 2) + (a.Area.Origin == FigureOrigin.Recorded ? "ᵒ" : "") + Doubt(a, DoubtedFigure.Area) : "[grey]—[/]",
                Pct(a.AreaPercent),
                a.Population.Value is { } pop ? VietnameseFormat.Count(pop) + (a.Population.Official ? "ᵒ" : "") + Doubt(a, DoubtedFigure.Population) : "[grey]—[/]",
                Pct(a.PopulationPercent),
                Status(a),
            };
            if (listed)
            {
                cells.Add(Listed(a.Unit));
            }

            cells.Add(Markup.Escape(a.MustArrange == true ? a.Rule : a.Exemption?.Ground.Basis.Citation ?? (a.MeetsStandard == false ? a.Standard?.Standard.Basis.Citation ?? "" : "")));
            table.AddRow(cells.ToArray());
        }

        console.Out.Write(table);
        console.Out.MarkupLine("[grey]% TC = phần trăm tiêu chuẩn; ᵒ = số liệu chính thức (nguồn trong CSV/JSON); * = dựa trên quy định chưa được xác nhận; [red]![/] = số liệu có dấu hiệu sai lệch (lý do trong cột doubts của CSV/JSON)" +
                                 (listed ? "; DS tỉnh = có trong danh sách sắp xếp của tỉnh (nguồn trong unit-facts.csv)" : "") + "[/]");
        foreach (var summary in EvaluationSummary.ForCommunesAndDistricts(evaluation))
        {
            console.Out.MarkupLine($"[bold]{Markup.Escape(summary.Text)}[/]");
        }

        var unconfirmed = shown.SelectMany(a => a.Unconfirmed).DistinctBy(r => r.Id).ToList();
        foreach (var rule in unconfirmed)
        {
            console.Out.MarkupLine($"[yellow]* chưa xác nhận:[/] {Markup.Escape(rule.Citation)} ({Markup.Escape(rule.Id)})");
        }

        console.Out.MarkupLine("[grey]Số liệu, nguồn và căn cứ của từng đơn vị: --format csv|json|geojson --out TỆP[/]");
    }

    private static string Listed(AdminUnit unit) =>
        unit.SpecialFactors.FirstOrDefault(f => f.Kind == Core.Standards.FactKinds.ListedMustArrange) is { } fact
            ? fact.Value is > 0 ? "có" : "[yellow]không[/]"
            : "";

    private static string Doubt(Assessment a, DoubtedFigure figure) => a.Doubts.Any(d => d.Figure == figure) ? "[red]![/]" : "";

    private static string Pct(double? value) => value is { } v ? VietnameseFormat.Number(v, 2) : "[grey]—[/]";

    private static string Status(Assessment a)
    {
        var status = ComplianceStatuses.Of(a);
        return $"[{StatusMarkup.Style(status)}]{status.VietnameseName()}[/]";
    }
}
