using Boundaries.Core.Scenarios.Assessments;
using Boundaries.Core.Scenarios.Results;

namespace Boundaries.Cli.Output;

/// <summary>The before → after table of a scenario, with the compliance of every affected unit.</summary>
internal static class ScenarioTables
{
    public static void WriteResult(CliConsole console, Scenario scenario, ScenarioResult result, ScenarioAssessment assessment)
    {
        console.Out.MarkupLine($"[bold]{Markup.Escape(scenario.Title)}[/] — {result.Log.Count} operation(s) applied; {assessment.After.Selection.Regime.Id}, {Markup.Escape(assessment.After.Selection.Programme?.Period.Id ?? "no programme")}");
        var table = new Table().Border(TableBorder.Rounded).Title("Trước → sau")
            .AddColumn("Mã").AddColumn("Đơn vị").AddColumn("Thay đổi")
            .AddColumn(new TableColumn("Diện tích (km²)").RightAligned()).AddColumn(new TableColumn("Dân số").RightAligned())
            .AddColumn(new TableColumn("% TC DT / DS").RightAligned()).AddColumn("Kết quả");
        foreach (var unit in assessment.Units.Where(u => (u.Change.After ?? u.Change.Before)!.Level != UnitLevel.Province))
        {
            var (b, a) = (unit.Change.Before, unit.Change.After);
            table.AddRow(
                unit.Change.Code.Value,
                Markup.Escape(Arrow(b?.Name, a?.Name)),
                Markup.Escape(string.Join(", ", unit.Change.What)),
                Arrow(Km2(b?.AreaKm2), Km2(a?.AreaKm2)) + (unit.Change.Declared ? " [yellow]ᵈ[/]" : ""),
                Arrow(People(b?.Population), People(a?.Population)),
                VietnameseFormat.Percentages(unit.After?.AreaPercent, unit.After?.PopulationPercent),
                Status(unit));
        }

        console.Out.Write(table);
        console.Out.MarkupLine("[grey]% TC = phần trăm tiêu chuẩn (sau); ᵈ = số liệu công bố, không có ranh giới (declared figures — no published polygon)[/]");
        foreach (var declared in result.Declared)
        {
            console.Out.MarkupLine(Markup.Escape(string.Create(VietnameseFormat.Culture, $"  declared: {declared.AreaKm2:N2} km², {declared.Population:N0} người từ {declared.From} sang {declared.To}{(declared.PartName is null ? "" : $" ({declared.PartName})")}")));
        }

        var before = result.BaselineFigures;
        var after = result.Figures;
        var province = result.Map.Provinces.FirstOrDefault();
        if (province is not null && result.Baseline.Find(province.Code) is { } baseProvince)
        {
            console.Out.MarkupLine(Markup.Escape(string.Create(VietnameseFormat.Culture,
                $"Toàn tỉnh: diện tích {before.AreaKm2Of(baseProvince):N4} → {after.AreaKm2Of(province):N4} km², dân số {before.PopulationOf(baseProvince):N0} → {after.PopulationOf(province):N0} (bảo toàn); cấp xã {result.Baseline.Communes.Count()} → {result.Map.Communes.Count()} đơn vị")));
        }

        foreach (var summary in EvaluationSummary.ForCommunesAndDistricts(assessment.After))
        {
            console.Out.MarkupLine($"[bold]Sau:[/] {Markup.Escape(summary.Text)}");
        }
    }

    private static string Status(AssessedChange unit)
    {
        var after = unit.After;
        if (after is null)
        {
            return "[grey]không còn[/]";
        }

        var status = ComplianceStatuses.Of(after);
        var text = $"[{StatusMarkup.Style(status)}]{status.VietnameseName()}[/]";
        if (unit.Formed is { } formed && unit.FormedFrom is { } n)
        {
            text += formed.Permitted == true
                ? formed.PermittedByMergerSize ? $" · [green]được phép: hợp nhất {n} đơn vị (Điều 4 NQ 35/2023)[/]" : ""
                : " · [red]không đạt điều kiện Điều 4 NQ 35/2023[/]";
        }

        return text;
    }

    private static string Arrow(string? before, string? after) =>
        before == after ? before ?? "" : $"{before ?? "—"} → {after ?? "—"}";

    private static string? Km2(double? value) => value is { } v ? VietnameseFormat.Number(v, 2) : null;

    private static string? People(long? value) => value is { } v ? VietnameseFormat.Count(v) : null;
}
