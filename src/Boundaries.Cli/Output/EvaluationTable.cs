using System.Globalization;
using Boundaries.Core.Evaluation;
using Boundaries.Core.Formatting;
using Boundaries.Core.Units;
using Spectre.Console;

namespace Boundaries.Cli.Output;

/// <summary>The evaluation as a terminal table coloured by status, with the summary lines of the seed report.</summary>
internal static class EvaluationTable
{
    public static void Write(CliConsole console, MapEvaluation evaluation, IReadOnlyList<Assessment> shown)
    {
        var selection = evaluation.Selection;
        console.Out.MarkupLine($"[bold]Tiêu chuẩn:[/] {Markup.Escape(selection.Regime.Title)}; [bold]sắp xếp:[/] {Markup.Escape(selection.Programme is { } p ? $"{p.Programme.Title}, {p.Period.Id}" : "không có chương trình áp dụng")}; ngày {evaluation.AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
        foreach (var note in selection.Notes)
        {
            console.Out.MarkupLine($"  [grey]{Markup.Escape(note)}[/]");
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Mã").AddColumn("Tên").AddColumn("Loại")
            .AddColumn(new TableColumn("Diện tích (km²)").RightAligned()).AddColumn(new TableColumn("% TC").RightAligned())
            .AddColumn(new TableColumn("Dân số").RightAligned()).AddColumn(new TableColumn("% TC").RightAligned())
            .AddColumn("Kết quả").AddColumn("DS tỉnh").AddColumn("Căn cứ");
        foreach (var a in shown)
        {
            var name = Markup.Escape(a.Unit.FullName) + (a.ReliesOnUnconfirmed ? " [yellow]*[/]" : "");
            table.AddRow(
                a.Code.Value,
                a.Unit.Level == UnitLevel.Commune ? name : $"[bold]{name}[/]",
                Markup.Escape(a.Unit.Type.VietnameseName()),
                a.Area.Km2 is { } km2 ? VietnameseFormat.Number(km2, 2) + (a.Area.Origin == FigureOrigin.Recorded ? "ᵒ" : "") : "[grey]—[/]",
                Pct(a.AreaPercent),
                a.Population.Value is { } pop ? VietnameseFormat.Count(pop) : "[grey]—[/]",
                Pct(a.PopulationPercent),
                Status(a),
                Listed(a.Unit),
                Markup.Escape(a.MustArrange == true ? a.Rule : a.Exemption?.Ground.Basis.Citation ?? ""));
        }

        console.Out.Write(table);
        console.Out.MarkupLine("[grey]% TC = phần trăm tiêu chuẩn; ᵒ = diện tích chính thức (nguồn trong CSV/JSON); * = dựa trên quy định chưa được xác nhận; DS tỉnh = có trong danh sách sắp xếp của tỉnh (nguồn trong unit-facts.csv)[/]");
        foreach (var summary in EvaluationSummary.ForCommunesAndDistricts(evaluation))
        {
            console.Out.MarkupLine($"[bold]{Markup.Escape(summary.Text)}[/]");
        }

        var unconfirmed = shown.SelectMany(a => a.Unconfirmed).DistinctBy(r => r.Id).ToList();
        foreach (var rule in unconfirmed)
        {
            console.Out.MarkupLine($"[yellow]* chưa xác nhận:[/] {Markup.Escape(rule.Citation)} ({Markup.Escape(rule.Id)})");
        }

        console.Out.MarkupLine("[grey]Figures, sources and reasons for every unit: --format csv|json|geojson --out FILE[/]");
    }

    private static string Listed(AdminUnit unit) =>
        unit.SpecialFactors.FirstOrDefault(f => f.Kind == Core.Standards.FactKinds.ListedMustArrange) is { } fact
            ? fact.Value is > 0 ? "có" : "[yellow]không[/]"
            : "";

    private static string Pct(double? value) => value is { } v ? VietnameseFormat.Number(v, 2) : "[grey]—[/]";

    private static string Status(Assessment a)
    {
        var status = ComplianceStatuses.Of(a);
        return $"[{StatusMarkup.Style(status)}]{status.VietnameseName()}[/]";
    }
}
