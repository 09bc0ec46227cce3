namespace Boundaries.Core.Planning;

/// <summary>Solves a partition model part by part when its candidates fall into parts no candidate bridges (the old districts, when groups keep to their lines).</summary>
/// <remarks>
/// Units no candidate joins are independent: the cheapest plan of the whole is the cheapest plan of each part, except that the
/// group count is shared. Each part is solved by the solver given for a given number of groups (<see cref="PartTable"/>); the
/// counts are shared out one group at a time to the part where one more group costs least, each part is solved for
/// <see cref="Margin"/> more counts than its share, and the counts are then chosen exactly among those by dynamic programming
/// over the parts. The parts' models are small and solved to proven optimality far sooner than the whole model. The plan is
/// reported optimal when every part was solved to optimality for the counts it was solved for and, for the counts it was not,
/// its cheapest partition into more groups cannot beat the plan either. Ties go to the smaller count of
/// the earlier part, parts in the order of their first unit. A model with earlier plans to differ from (alternatives), of one
/// part, with one part of more than half the units (a 2025 map: no district lines, an island apart), or that the parts cannot
/// fill, is solved whole.
/// </remarks>
public static class IndependentParts
{
    /// <summary>How many counts beyond its share each part is solved for, so that the exact choice can move groups between parts.</summary>
    public const int Margin = 2;

    /// <summary>The share of the time limit each part's solve, and all the bounds of the proof together, may take: 1/4.</summary>
    public const int PartShare = 4;

    /// <summary>The cheapest partition of <paramref name="model"/>, solved part by part where it falls apart.</summary>
    public static PartitionSolution Solve(PartitionModel model, IPartitionSolver solver)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(solver);
        var parts = Parts(model);
        if (parts.Count < 2 || model.Previous.Count > 0 || parts.Any(p => p.Candidates.Count == 0) || Dominated(parts, model.UnitCount))
        {
            return solver.Solve(model);
        }

        var tables = parts.Select(p => new PartTable(model, p.Units, p.Candidates, solver)).ToList();
        if (model.GroupCount is not { } count)
        {
            return Join(tables.Select(t => t.Free()).ToList(), complete: true);
        }

        Allocate(tables, count);
        var solution = Combine(tables, count, model.DeterministicTimeLimit);
        return solution.Feasible ? solution : solver.Solve(model);
    }

    // Gives each part its fewest groups, then one more group at a time to the part where it costs least, until the count is
    // reached; each part's table then reaches Margin counts beyond its share.
    private static void Allocate(List<PartTable> tables, int count)
    {
        var share = tables.Select(t => t.Fewest).ToArray();
        for (var left = count - share.Sum(); left > 0; left--)
        {
            var best = (Step: long.MaxValue, Part: -1);
            for (var j = 0; j < tables.Count; j++)
            {
                if (share[j] < tables[j].Most && tables[j].Step(share[j]) is var step && (best.Part < 0 || step < best.Step))
                {
                    best = (step, j);
                }
            }

            if (best.Part < 0)
            {
                return;
            }

            share[best.Part]++;
        }

        for (var j = 0; j < tables.Count; j++)
        {
            tables[j].At(Math.Min(tables[j].Most, share[j] + Margin));
        }
    }

    // The exact choice of counts among those the tables hold.
    private static PartitionSolution Combine(List<PartTable> tables, int count, double budget)
    {
        var options = tables.Select(t => t.Known.Where(e => e.Value.Feasible).Select(e => (K: e.Key, e.Value.Objective)).ToList()).ToList();
        if (Cheapest(options, count) is not { } picks)
        {
            return new PartitionSolution([], false, false, 0);
        }

        var plan = Join(picks.Select((k, j) => tables[j].Known[k]).ToList(), complete: true);
        return plan with { Optimal = plan.Optimal && Proven(tables, options, count, plan.Objective, budget) };
    }

    // Whether no count left unsolved could do better: every part solved to optimality for each count it holds, and the same
    // choice, where a part whose table stops short may also take any larger count at the cost of its cheapest partition into
    // more groups (a lower bound, within a share of the time limit), finds nothing cheaper than the plan.
    private static bool Proven(List<PartTable> tables, List<List<(int K, long Objective)>> options, int count, long objective, double budget)
    {
        if (!tables.All(t => t.Known.Values.All(s => s.Optimal)))
        {
            return false;
        }

        var incomplete = tables.Count(t => !t.Complete);
        for (var j = 0; j < tables.Count && incomplete > 0; j++)
        {
            if (tables[j].Complete)
            {
                continue;
            }

            var beyond = tables[j].Beyond(budget / PartShare / incomplete);
            if (!beyond.Optimal)
            {
                return false;
            }

            if (beyond.Feasible)
            {
                options[j] = [.. options[j], .. Enumerable.Range(tables[j].Known.Keys.Max() + 1, tables[j].Most - tables[j].Known.Keys.Max()).Select(k => (k, beyond.Objective))];
            }
        }

        return Cheapest(options, count) is not { } relaxed || options.Select((o, j) => o.First(e => e.K == relaxed[j]).Objective).Sum() >= objective;
    }

    // The count of each part, among its options, that add up to `count` at least cost; null when none do. best[j][k] is the
    // least cost of the first j parts in k groups, with the count of part j − 1 that reaches it; ties go to the earlier, smaller count.
    private static int[]? Cheapest(List<List<(int K, long Objective)>> options, int count)
    {
        var best = new Dictionary<int, (long Cost, int Last)>[options.Count + 1];
        best[0] = new() { [0] = (0, 0) };
        for (var j = 0; j < options.Count; j++)
        {
            best[j + 1] = [];
            foreach (var (total, (cost, _)) in best[j].OrderBy(e => e.Key))
            {
                foreach (var (k, objective) in options[j].OrderBy(e => e.K))
                {
                    if (total + k <= count && (!best[j + 1].TryGetValue(total + k, out var known) || cost + objective < known.Cost))
                    {
                        best[j + 1][total + k] = (cost + objective, k);
                    }
                }
            }
        }

        if (!best[options.Count].ContainsKey(count))
        {
            return null;
        }

        var picks = new int[options.Count];
        for (int j = options.Count, left = count; j > 0; j--)
        {
            picks[j - 1] = best[j][left].Last;
            left -= picks[j - 1];
        }

        return picks;
    }

    private static PartitionSolution Join(IReadOnlyList<PartitionSolution> parts, bool complete) => new(
        parts.SelectMany(p => p.Chosen).Order().ToList(), complete && parts.All(p => p.Optimal), parts.All(p => p.Feasible), parts.Sum(p => p.Objective));

    // Whether one part holds more than half the units (a 2025 map without district lines: the mainland, and an island or two
    // apart). The whole model is then hardly larger than that part, while the part would be solved once for every count from its
    // fewest groups (its units over the largest candidate, far below any feasible count) up to its share: dozens of solves, each
    // spending its budget on counts that cannot be met, where the whole model with the hint is solved once.
    private static bool Dominated(List<(List<int> Units, List<int> Candidates)> parts, int unitCount)
        => parts.Max(p => p.Units.Count) * 2 > unitCount;

    // The units joined by any candidate, found by union–find; parts in the order of their first unit.
    private static List<(List<int> Units, List<int> Candidates)> Parts(PartitionModel model)
    {
        var root = Enumerable.Range(0, model.UnitCount).ToArray();
        int Find(int u) => root[u] == u ? u : root[u] = Find(root[u]);
        foreach (var members in model.Candidates)
        {
            foreach (var u in members.Skip(1))
            {
                var (a, b) = (Find(members[0]), Find(u));
                if (a != b)
                {
                    root[Math.Max(a, b)] = Math.Min(a, b);
                }
            }
        }

        var parts = new SortedDictionary<int, (List<int> Units, List<int> Candidates)>();
        for (var u = 0; u < model.UnitCount; u++)
        {
            var r = Find(u);
            if (!parts.TryGetValue(r, out var part))
            {
                parts[r] = part = ([], []);
            }

            part.Units.Add(u);
        }

        for (var c = 0; c < model.Candidates.Count; c++)
        {
            parts[Find(model.Candidates[c][0])].Candidates.Add(c);
        }

        return [.. parts.Values];
    }
}
