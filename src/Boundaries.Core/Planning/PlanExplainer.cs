using System.Globalization;
using Boundaries.Core.Formatting;
using Boundaries.Core.Orientations;

namespace Boundaries.Core.Planning;

/// <summary>Says why a group of a plan is as it is: the orientation's verdict with its figures, then each neighbour left out and why.</summary>
public static class PlanExplainer
{
    private static CultureInfo Vi => VietnameseFormat.Culture;

    /// <summary>The reasons of one chosen group, in Vietnamese.</summary>
    public static IReadOnlyList<string> Explain(PlanningProblem problem, PlanRules rules, IReadOnlyList<CandidateGroup> chosen, int[] groupOf, CandidateGroup group)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(groupOf);
        ArgumentNullException.ThrowIfNull(group);
        var j = group.Judgement;
        var reasons = new List<string> { Verdict(j) };
        reasons.AddRange(j.Notes);
        reasons.Add(string.Format(Vi, "Độ gọn: Polsby–Popper {0:0.00}, tỷ lệ bao lồi {1:0.00}{2}.", group.PolsbyPopper, group.HullRatio,
            group.Crossings > 0 ? $"; vượt {group.Crossings} ranh giới huyện cũ" : ""));
        var outside = group.Members.SelectMany(m => problem.Neighbours[m].Select(n => (Member: m, Neighbour: n)))
            .Where(p => Array.BinarySearch(group.Members, p.Neighbour) < 0)
            .GroupBy(p => p.Neighbour).Select(g => g.First()).OrderBy(p => p.Neighbour);
        foreach (var (member, neighbour) in outside)
        {
            var unit = problem.Units[neighbour].Unit;
            var other = chosen[groupOf[neighbour]];
            var why = CandidateEnumerator.Forbidden(problem, rules, member, neighbour)
                ?? (group.Members.Length >= rules.MaxGroupSize ? $"nhóm đã đủ {rules.MaxGroupSize} đơn vị (--max-group-size)" : null)
                ?? Elsewhere(problem, other);
            reasons.Add($"Giáp {unit.FullName} ({unit.Code}){(problem.IsPresumed(member, neighbour) ? " (giáp theo ranh giới chung chưa tách)" : "")}: {why}.");
        }

        return reasons;
    }

    /// <summary>The verdict with both figures and percentages.</summary>
    public static string Verdict(OrientationJudgement j)
    {
        ArgumentNullException.ThrowIfNull(j);
        var area = j.Target is null ? "" : j.Figures.AreaKm2 is { } a
            ? string.Format(Vi, "{0:N2} km² ({1:N2} % mức {2:N1} km²)", a, j.AreaPercent, j.Target.MinAreaKm2)
            : "chưa có diện tích";
        var people = j.Target is null ? "" : j.Figures.Population is { } p
            ? string.Format(Vi, "{0:N0} người ({1:N2} % mức {2:N0} người)", p, j.PopulationPercent, j.Target.MinPopulation)
            : "chưa có dân số";
        var figures = j.Target is null ? "" : $": {area}, {people}";
        var unconfirmed = j.Unconfirmed ? " (quy định chưa được xác nhận)" : "";
        return $"{char.ToUpper(j.Status.Vietnamese()[0], Vi)}{j.Status.Vietnamese()[1..]}{figures} — {j.Citation}{unconfirmed}.";
    }

    private static string Elsewhere(PlanningProblem problem, CandidateGroup other)
    {
        var names = string.Join(", ", other.Members.Select(i => problem.Units[i].Unit.FullName));
        return $"thuộc nhóm {names} ({other.Judgement.Status.Vietnamese()}); phương án chọn có tổng điểm tốt hơn (ít nhóm không đạt, gọn, cân đối dân số)";
    }
}
