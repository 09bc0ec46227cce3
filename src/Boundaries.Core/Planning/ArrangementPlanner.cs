using Boundaries.Core.Orientations;
using Boundaries.Core.Scenarios.Suggestions;
using Boundaries.Core.Standards;

namespace Boundaries.Core.Planning;

/// <summary>Plans a whole province at once: every commune-level unit in exactly one connected group, the orientation met where it can be.</summary>
/// <remarks>
/// Candidate groups are enumerated (<see cref="CandidateEnumerator"/>) and scored (<see cref="CandidateScoring"/>) here; the
/// choice among them is a set-partitioning problem solved by the <see cref="IPartitionSolver"/> given. Alternatives are the next
/// best plans that change at least a tenth of the groups of every plan before them.
/// </remarks>
public static class ArrangementPlanner
{
    /// <summary>Plans the map's communes; the result has up to <see cref="PlanRules.Alternatives"/> plans, or the reason there is none.</summary>
    public static PlanningOutcome Plan(AdminMap map, Orientation orientation, PlanRules rules, IPartitionSolver solver)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(orientation);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(solver);
        var problem = PlanningProblem.Of(map);
        var setting = ProvinceSettings.Of(map.Provinces.FirstOrDefault());
        var groupCount = rules.GroupCountFor(problem.Units.Count);
        var population = problem.Units.Sum(u => u.Unit.People ?? 0);
        var candidates = CandidateScoring.Score(problem, CandidateEnumerator.Enumerate(problem, rules), orientation, setting, (double)population / groupCount);
        var plans = new List<ArrangementPlan>();
        var previous = new List<IReadOnlyList<int>>();
        var minDifference = Math.Max(1, groupCount / 10);
        var provenNone = true;
        var hint = GreedyPartition.Build(candidates.Select(c => c.Members).ToList(), candidates.Select(c => c.Cost).ToList(), problem.Units.Count, groupCount);
        while (plans.Count < Math.Max(1, rules.Alternatives))
        {
            var model = new PartitionModel(
                problem.Units.Count, candidates.Select(c => c.Members).ToList(), candidates.Select(c => c.Cost).ToList(),
                groupCount, previous, minDifference, rules.Seed, rules.DeterministicTimeLimit) { Hint = previous.Count == 0 ? hint : null };
            var solution = IndependentParts.Solve(model, solver);
            if (!solution.Feasible)
            {
                // Optimal without a solution: the solver proved that none exists; otherwise its budget ran out first.
                provenNone = solution.Optimal;
                break;
            }

            previous.Add(solution.Chosen);
            plans.Add(Build(problem, rules, candidates, solution, plans.Count + 1));
        }

        var constraints = $"nhóm liền kề, tối đa {rules.MaxGroupSize} đơn vị/nhóm" + (rules.KeepDistrictLines && map.Districts.Any() ? ", không vượt ranh giới huyện cũ" : "");
        var why = plans.Count > 0 ? null
            : provenNone ? $"Không có phương án {groupCount} đơn vị thỏa mãn các ràng buộc ({constraints})"
            : $"Chưa tìm được phương án {groupCount} đơn vị ({constraints}) trong giới hạn thời gian giải {rules.DeterministicTimeLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)}; bộ giải chưa chứng minh được là không có phương án";
        return new PlanningOutcome(problem, candidates.Count, groupCount, plans, why) { BudgetRanOut = plans.Count == 0 && !provenNone };
    }

    private static ArrangementPlan Build(PlanningProblem problem, PlanRules rules, IReadOnlyList<CandidateGroup> candidates, PartitionSolution solution, int rank)
    {
        var chosen = solution.Chosen.Select(i => candidates[i]).OrderBy(c => c.Members[0]).ToList();
        var groupOf = new int[problem.Units.Count];
        for (var g = 0; g < chosen.Count; g++)
        {
            foreach (var m in chosen[g].Members)
            {
                groupOf[m] = g;
            }
        }

        var groups = chosen.Select(c =>
        {
            var members = c.Units(problem);
            var continuing = MergeSuggester.Continuing(members);
            return new PlanGroup(c, members, continuing, PlanExplainer.Explain(problem, rules, chosen, groupOf, c));
        }).ToList();
        return new ArrangementPlan(rank, groups, solution.Objective, solution.Optimal);
    }
}

/// <summary>What the planner produced: the plans, or why there is none.</summary>
/// <param name="Problem">The units and their adjacency.</param>
/// <param name="CandidateCount">How many connected groups were weighed.</param>
/// <param name="GroupCount">The number of new units asked for.</param>
/// <param name="Plans">The best plan first, then the alternatives.</param>
/// <param name="Infeasible">Why no plan was found, in Vietnamese; null when one was.</param>
public sealed record PlanningOutcome(PlanningProblem Problem, int CandidateCount, int GroupCount, IReadOnlyList<ArrangementPlan> Plans, string? Infeasible)
{
    /// <summary>True when no plan was found because the solver's budget ran out before it found one or proved there is none.</summary>
    public bool BudgetRanOut { get; init; }
}
