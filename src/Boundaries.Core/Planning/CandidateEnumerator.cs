namespace Boundaries.Core.Planning;

/// <summary>Every connected group of units a plan may use: the columns of the set-partitioning model.</summary>
/// <remarks>
/// Connected vertex sets of up to <see cref="PlanRules.MaxGroupSize"/> units are listed once each by extending from their
/// lowest index with exclusive neighbours only (Wernicke's ESU enumeration). Edges the rules forbid (across an old district line,
/// between a phường and a xã when types are kept apart, from a unit kept as it is) are left out first, so every group listed is
/// connected by allowed edges; pairs kept apart or together filter the list. Every unit has its own one-unit group, so a
/// partition always exists when no group count is imposed.
/// </remarks>
public static class CandidateEnumerator
{
    /// <summary>The allowed groups of the problem, smallest first, then by their members.</summary>
    public static IReadOnlyList<int[]> Enumerate(PlanningProblem problem, PlanRules rules)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(rules);
        var graph = AllowedGraph(problem, rules);
        var apart = Pairs(problem, rules.Apart);
        var together = Pairs(problem, rules.Together);
        var found = new List<int[]>();
        var members = new List<int>(rules.MaxGroupSize);
        for (var v = 0; v < graph.Length; v++)
        {
            members.Add(v);
            Extend(graph, members, graph[v].Where(u => u > v).ToList(), v, Math.Max(1, rules.MaxGroupSize), found);
            members.Clear();
        }

        return found
            .Where(g => !apart.Any(p => Contains(g, p.A) && Contains(g, p.B)))
            .Where(g => !together.Any(p => Contains(g, p.A) != Contains(g, p.B)))
            .OrderBy(g => g.Length).ThenBy(g => g, MemberOrder.Instance)
            .ToList();
    }

    /// <summary>The neighbours each unit may be grouped with under the rules (symmetric).</summary>
    public static int[][] AllowedGraph(PlanningProblem problem, PlanRules rules)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(rules);
        var extra = Pairs(problem, rules.Together).ToList();
        var graph = new List<int>[problem.Units.Count];
        for (var a = 0; a < graph.Length; a++)
        {
            graph[a] = problem.Neighbours[a].Where(b => Allowed(problem, rules, a, b)).ToList();
        }

        // A pair the planner puts together is joined even where no boundary is known (a unit without a polygon).
        foreach (var (a, b) in extra.Where(p => !graph[p.A].Contains(p.B)))
        {
            graph[a].Add(b);
            graph[b].Add(a);
        }

        return graph.Select(l => l.Order().ToArray()).ToArray();
    }

    /// <summary>Why a neighbour may not join a unit under the rules; null when it may.</summary>
    public static string? Forbidden(PlanningProblem problem, PlanRules rules, int a, int b)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(rules);
        var ua = problem.Units[a].Unit;
        var ub = problem.Units[b].Unit;
        if (rules.Keep.Contains(ua.Code) || rules.Keep.Contains(ub.Code))
        {
            return "giữ nguyên theo yêu cầu (--keep)";
        }

        if (rules.KeepDistrictLines && ua.ParentCode != ub.ParentCode)
        {
            return "khác đơn vị cấp huyện cũ (không vượt ranh giới huyện, --lines district)";
        }

        if (!rules.MixTypes && (ua.Type == Units.UnitType.Phuong) != (ub.Type == Units.UnitType.Phuong))
        {
            return "phường và xã để riêng (--mix-types no)";
        }

        return rules.Apart.Any(p => (p.A == ua.Code && p.B == ub.Code) || (p.A == ub.Code && p.B == ua.Code))
            ? "không ghép theo yêu cầu (--apart)"
            : null;
    }

    private static bool Allowed(PlanningProblem problem, PlanRules rules, int a, int b)
    {
        var ua = problem.Units[a].Unit;
        var ub = problem.Units[b].Unit;
        return !rules.Keep.Contains(ua.Code) && !rules.Keep.Contains(ub.Code)
            && (!rules.KeepDistrictLines || ua.ParentCode == ub.ParentCode)
            && (rules.MixTypes || (ua.Type == Units.UnitType.Phuong) == (ub.Type == Units.UnitType.Phuong));
    }

    private static void Extend(int[][] graph, List<int> members, List<int> extension, int root, int maxSize, List<int[]> found)
    {
        found.Add([.. members.Order()]);
        if (members.Count == maxSize)
        {
            return;
        }

        var pending = new List<int>(extension);
        while (pending.Count > 0)
        {
            var w = pending[^1];
            pending.RemoveAt(pending.Count - 1);
            var next = new List<int>(pending);
            foreach (var u in graph[w])
            {
                if (u > root && !members.Contains(u) && !next.Contains(u) && !members.Any(m => graph[m].Contains(u)))
                {
                    next.Add(u);
                }
            }

            members.Add(w);
            Extend(graph, members, next, root, maxSize, found);
            members.RemoveAt(members.Count - 1);
        }
    }

    private static IEnumerable<(int A, int B)> Pairs(PlanningProblem problem, IEnumerable<(Units.UnitCode A, Units.UnitCode B)> pairs) =>
        pairs.Select(p => (problem.IndexOf(p.A), problem.IndexOf(p.B)))
            .Where(p => p.Item1 is not null && p.Item2 is not null)
            .Select(p => (p.Item1!.Value, p.Item2!.Value));

    private static bool Contains(int[] group, int unit) => Array.BinarySearch(group, unit) >= 0;

    private sealed class MemberOrder : IComparer<int[]>
    {
        public static readonly MemberOrder Instance = new();

        public int Compare(int[]? x, int[]? y)
        {
            for (var i = 0; i < Math.Min(x!.Length, y!.Length); i++)
            {
                if (x[i] != y[i])
                {
                    return x[i].CompareTo(y[i]);
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }
}
