using Boundaries.Core.Orientations;
using Boundaries.Core.Planning;

namespace Boundaries.Cli.Planning;

/// <summary>The plan as the planner reads it: one row per new unit, the summary, and the trade-offs of the alternatives.</summary>
internal static class PlanTables
{
    public static void WritePlan(CliConsole console, ArrangementPlan plan, PlanningOutcome outcome, PlanRules rules)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Đơn vị mới").AddColumn("Hợp thành từ").AddColumn(new TableColumn("Diện tích (km²)").RightAligned())
            .AddColumn(new TableColumn("Dân số").RightAligned()).AddColumn(new TableColumn("% mức DT / DS").RightAligned())
            .AddColumn(new TableColumn("Độ gọn").RightAligned()).AddColumn("Định hướng");
        foreach (var g in plan.Groups)
        {
            var j = g.Candidate.Judgement;
            table.AddRow(
                Markup.Escape($"{PlanScenario.IntoOf(g).FullName} ({g.Continuing.Code})"),
                Markup.Escape(string.Join(", ", g.Members.Select(u => u.FullName))),
                j.Figures.AreaKm2 is { } a ? VietnameseFormat.Number(a, 2) + (j.Figures.WithoutArea.Count > 0 ? "⁺" : "") : "—",
                j.Figures.Population is { } p ? VietnameseFormat.Count(p) : "—",
                VietnameseFormat.Percentages(j.AreaPercent, j.PopulationPercent),
                g.Candidate.Compactness.ToString("0.00", VietnameseFormat.Culture),
                Markup.Escape(j.Status.Vietnamese()));
        }

        console.Out.Write(table);
        var units = outcome.Problem.Units.Count;
        console.Out.WriteLine(string.Format(
            VietnameseFormat.Culture,
            "{0} đơn vị cấp xã → {1} đơn vị (giảm {2:N2} %); {3} nhóm không đạt định hướng; độ gọn trung bình {4:0.00}; vượt {5} ranh giới huyện cũ; {6} nhóm liền kề được xem xét; {7}",
            units, plan.UnitCount, 100.0 * (units - plan.UnitCount) / units, plan.FailingCount, plan.MeanCompactness, plan.Crossings,
            outcome.CandidateCount, plan.Optimal ? "tối ưu (đã chứng minh)" : "tốt nhất tìm được trong giới hạn thời gian"));
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ràng buộc: tối đa {rules.MaxGroupSize} đơn vị/nhóm; {(rules.KeepDistrictLines ? "không vượt ranh giới huyện cũ" : "được vượt ranh giới huyện cũ")}; {(rules.MixTypes ? "được ghép phường với xã" : "phường và xã để riêng")}; giữ nguyên {rules.Keep.Count}; cùng nhóm {rules.Together.Count}; không cùng nhóm {rules.Apart.Count}; hạt giống {rules.Seed}."));
        if (plan.Groups.Any(g => g.Candidate.Judgement.Figures.PopulationYears.Count > 0))
        {
            console.Out.WriteLine(plan.Groups.SelectMany(g => g.Candidate.Judgement.Notes).FirstOrDefault(n => n.StartsWith("Định hướng tính số liệu", StringComparison.Ordinal)) ?? "");
        }
    }

    public static void WriteTradeOffs(CliConsole console, IReadOnlyList<ArrangementPlan> plans, IReadOnlyList<string> files)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Các phương án")
            .AddColumn("Phương án").AddColumn("Tệp").AddColumn(new TableColumn("Số đơn vị").RightAligned())
            .AddColumn(new TableColumn("Không đạt định hướng").RightAligned()).AddColumn(new TableColumn("Độ gọn TB").RightAligned())
            .AddColumn(new TableColumn("Vượt ranh giới huyện").RightAligned()).AddColumn(new TableColumn("Điểm mục tiêu").RightAligned());
        foreach (var p in plans)
        {
            table.AddRow(
                p.Rank.ToString(CultureInfo.InvariantCulture), Markup.Escape(Path.GetFileName(files[p.Rank - 1])), p.UnitCount.ToString(CultureInfo.InvariantCulture),
                p.FailingCount.ToString(CultureInfo.InvariantCulture), p.MeanCompactness.ToString("0.000", VietnameseFormat.Culture),
                p.Crossings.ToString(CultureInfo.InvariantCulture), VietnameseFormat.Count(p.Objective));
        }

        console.Out.Write(table);
    }
}
