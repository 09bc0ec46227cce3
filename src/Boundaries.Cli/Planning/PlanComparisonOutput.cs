using Boundaries.Core.Orientations;
using Boundaries.Core.Planning;
using Boundaries.Core.Standards;

namespace Boundaries.Cli.Planning;

/// <summary>A plan judged against a real arrangement given as a crosswalk: groups reproduced, adjusted Rand index, compliance of both.</summary>
internal static class PlanComparisonOutput
{
    public static void Write(CliConsole console, AdminMap map, ArrangementPlan plan, Orientation orientation, RealArrangementInput input, string? realCsv)
    {
        var declared = input.Declared;
        var setting = ProvinceSettings.Of(map.Provinces.FirstOrDefault());
        var real = RealArrangement.Judge(map, input.Rows, declared, orientation, setting);
        var partition = RealArrangement.Partition(map, input.Rows);
        var comparison = PartitionComparison.Compare(plan.GroupOf(), partition);
        var table = new Table().Border(TableBorder.Rounded).Title($"So sánh với sắp xếp thực tế ({Markup.Escape(Path.GetFileName(input.Crosswalk))})")
            .AddColumn("").AddColumn(new TableColumn("Phương án").RightAligned()).AddColumn(new TableColumn("Thực tế, số liệu của công cụ").RightAligned());
        if (declared.Count > 0)
        {
            table.AddColumn(new TableColumn("Thực tế, số liệu công bố").RightAligned());
        }

        table.AddRow(Cells(declared.Count > 0, "Số đơn vị", plan.UnitCount, real.Count, real.Count(r => r.OnDeclaredFigures is not null)));
        foreach (var status in Enum.GetValues<OrientationStatus>())
        {
            table.AddRow(Cells(
                declared.Count > 0, status.Vietnamese(), plan.Groups.Count(g => g.Candidate.Judgement.Status == status),
                real.Count(r => r.OnToolFigures.Status == status), real.Count(r => r.OnDeclaredFigures?.Status == status)));
        }

        console.Out.Write(table);
        console.Out.WriteLine(string.Format(
            VietnameseFormat.Culture,
            "Đơn vị thực tế được phương án tái lập nguyên vẹn: {0}/{1} ({2:N2} %); chỉ số Rand hiệu chỉnh (ARI) của hai cách phân nhóm: {3:0.000} ({4} đơn vị cũ).",
            comparison.Reproduced, comparison.ReferenceGroups, 100 * comparison.ReproducedShare, comparison.AdjustedRandIndex, comparison.Units));
        if (realCsv is not null)
        {
            AtomicFile.WriteText(realCsv, RealCsv(real));
        }
    }

    private static string[] Cells(bool withDeclared, string label, int plan, int real, int declared) =>
        withDeclared
            ? [Markup.Escape(label), Count(plan), Count(real), Count(declared)]
            : [Markup.Escape(label), Count(plan), Count(real)];

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string RealCsv(IReadOnlyList<RealGroup> real)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        CsvText.Line(w, "code", "name", "members", "member_names", "tool_area_km2", "tool_population", "tool_area_pct", "tool_population_pct", "tool_status",
            "declared_area_km2", "declared_population", "declared_area_pct", "declared_population_pct", "declared_status", "declared_population_flag", "notes");
        foreach (var r in real)
        {
            var t = r.OnToolFigures;
            var d = r.OnDeclaredFigures;
            CsvText.Line(w, r.Code.Value, r.Name, r.Members.Count, string.Join("; ", r.Members.Select(m => m.FullName)),
                Round(t.Figures.AreaKm2), t.Figures.Population, Round(t.AreaPercent), Round(t.PopulationPercent), t.Status.Vietnamese(),
                Round(d?.Figures.AreaKm2), d?.Figures.Population, Round(d?.AreaPercent), Round(d?.PopulationPercent), d?.Status.Vietnamese(),
                r.Declared?.Flag, string.Join(" ", t.Notes));
        }

        return w.ToString();
    }

    private static string? Round(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture);
}
