using Boundaries.Core.Planning;
using Boundaries.Core.Units;

namespace Boundaries.Planning.Tests;

/// <summary>A map that is one part but for a unit or two apart (a 2025 province: no district lines, an island) is solved once, whole, and a budget spent in presolve still gives the start.</summary>
public class OnePartModelTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void Parts_OneUnitApartFromTheRest_SolvedOnceAsTheWholeModel()
    {
        // Without the district lines and with the first unit kept as it is, the model has two parts: that unit and the 103 others.
        var kept = TraVinh2025.Map.Units.First(u => u.Level == UnitLevel.Commune).Code;
        var model = Model(new PlanRules { KeepDistrictLines = false, Keep = new HashSet<UnitCode> { kept } }, 41, 1);
        model = model with { Hint = GreedyPartition.Build(model.Candidates, model.Costs, model.UnitCount, 41) };
        var counting = new Counting();

        var parts = IndependentParts.Solve(model, counting);

        Assert.Equal(1, counting.Calls);
        Assert.Equal(new CpSatPartitionSolver().Solve(model), parts, Same.Instance);
        Assert.True(parts.Feasible);
        Assert.Equal(41, parts.Chosen.Count);
    }

    [Fact]
    public void Solve_BudgetSpentBeforeTheSearch_ReturnsTheHintNotProven()
    {
        var model = Model(new PlanRules { KeepDistrictLines = false }, 41, 1e-6);
        var hint = GreedyPartition.Build(model.Candidates, model.Costs, model.UnitCount, 41)!;

        var solution = new CpSatPartitionSolver().Solve(model with { Hint = hint });

        Assert.True(solution.Feasible);
        Assert.False(solution.Optimal);
        Assert.Equal(hint.Order(), solution.Chosen);
        Assert.Equal(hint.Sum(i => model.Costs[i]), solution.Objective);
        Assert.False(new CpSatPartitionSolver().Solve(model).Feasible);
    }

    private static PartitionModel Model(PlanRules rules, int groups, double limit)
    {
        var problem = PlanningProblem.Of(TraVinh2025.Map);
        var candidates = CandidateScoring.Score(
            problem, CandidateEnumerator.Enumerate(problem, rules), TraVinh2025.Nq76, Core.Orientations.ProvinceSetting.Other,
            (double)problem.Units.Sum(u => u.Unit.People ?? 0) / groups);
        return new PartitionModel(problem.Units.Count, candidates.Select(c => c.Members).ToList(), candidates.Select(c => c.Cost).ToList(), groups, [], 1, 1, limit);
    }

    private sealed class Counting : IPartitionSolver
    {
        public int Calls { get; private set; }

        public PartitionSolution Solve(PartitionModel model)
        {
            Calls++;
            return new CpSatPartitionSolver().Solve(model);
        }
    }

    private sealed class Same : IEqualityComparer<PartitionSolution>
    {
        public static readonly Same Instance = new();

        public bool Equals(PartitionSolution? x, PartitionSolution? y) =>
            x!.Chosen.SequenceEqual(y!.Chosen) && x.Optimal == y.Optimal && x.Feasible == y.Feasible && x.Objective == y.Objective;

        public int GetHashCode(PartitionSolution obj) => obj.Objective.GetHashCode();
    }
}
