using Boundaries.Core.Planning;
using Google.OrTools.Sat;

namespace Boundaries.Planning;

/// <summary>Solves the set-partitioning model of a plan with CP-SAT (Google OR-Tools): one Boolean per candidate group.</summary>
/// <remarks>
/// Every unit is covered by exactly one chosen group; the number of groups is fixed, or bounded below, when asked; each earlier plan keeps at most
/// all but <see cref="PartitionModel.MinDifference"/> of its groups. The search runs on one worker with the model's seed and a
/// deterministic time limit, so the same model and seed give the same plan on any machine and under any load. The full
/// linear relaxation (linearization level 2) is what lets one worker find the plans without failing groups quickly. When the
/// limit runs out before the search has begun (presolve alone can take a deterministic second on a 2025 province of 168
/// units and 7,862 candidates), the model's hint, if it is a partition the model allows, is returned, not proven optimal.
/// </remarks>
public sealed class CpSatPartitionSolver : IPartitionSolver
{
    /// <inheritdoc />
    public PartitionSolution Solve(PartitionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var cp = new CpModel();
        var chosen = model.Candidates.Select((_, i) => cp.NewBoolVar($"g{i}")).ToArray();
        var covering = Enumerable.Range(0, model.UnitCount).Select(_ => new List<ILiteral>()).ToArray();
        for (var i = 0; i < model.Candidates.Count; i++)
        {
            foreach (var unit in model.Candidates[i])
            {
                covering[unit].Add(chosen[i]);
            }
        }

        foreach (var literals in covering)
        {
            cp.AddExactlyOne(literals);
        }

        if (model.GroupCount is { } count)
        {
            cp.Add(LinearExpr.Sum(chosen) == count);
        }
        else if (model.MinGroupCount is { } least)
        {
            cp.Add(LinearExpr.Sum(chosen) >= least);
        }

        foreach (var plan in model.Previous)
        {
            cp.Add(LinearExpr.Sum(plan.Select(i => chosen[i])) <= plan.Count - model.MinDifference);
        }

        if (model.Hint is { } hint)
        {
            var start = hint.ToHashSet();
            for (var i = 0; i < chosen.Length; i++)
            {
                cp.AddHint(chosen[i], start.Contains(i));
            }
        }

        cp.Minimize(LinearExpr.WeightedSum(chosen, model.Costs));
        var solver = new CpSolver
        {
            StringParameters = FormattableString.Invariant(
                $"num_workers:1 linearization_level:2 random_seed:{model.Seed} max_deterministic_time:{model.DeterministicTimeLimit}"),
        };
        var status = solver.Solve(cp);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            // A budget spent before the search began (presolve probing a large model) still leaves the start given.
            return status == CpSolverStatus.Unknown && Satisfies(model, model.Hint) is { } start
                ? start
                : new PartitionSolution([], status == CpSolverStatus.Infeasible, false, 0);
        }

        var picked = Enumerable.Range(0, chosen.Length).Where(i => solver.BooleanValue(chosen[i])).ToList();
        return new PartitionSolution(picked, status == CpSolverStatus.Optimal, true, (long)Math.Round(solver.ObjectiveValue));
    }

    // The hint as a solution, not proven optimal, when it is a partition the model allows; null otherwise.
    private static PartitionSolution? Satisfies(PartitionModel model, IReadOnlyList<int>? hint)
    {
        if (hint is null || hint.Distinct().Count() != hint.Count || (model.GroupCount is { } count && hint.Count != count)
            || (model.MinGroupCount is { } least && hint.Count < least)
            || model.Previous.Any(plan => plan.Intersect(hint).Count() > plan.Count - model.MinDifference))
        {
            return null;
        }

        var covered = hint.SelectMany(i => model.Candidates[i]).Order().ToList();
        return covered.SequenceEqual(Enumerable.Range(0, model.UnitCount))
            ? new PartitionSolution(hint.Order().ToList(), false, true, hint.Sum(i => model.Costs[i]))
            : null;
    }
}
