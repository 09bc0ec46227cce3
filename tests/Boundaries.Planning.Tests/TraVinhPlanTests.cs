using Boundaries.Core.Orientations;
using Boundaries.Core.Planning;
using Boundaries.Core.Scenarios;

namespace Boundaries.Planning.Tests;

/// <summary>The plan of the former Trà Vinh (104 units) under NQ 76/2025, judged against what was decided in 2025 (NQ 1687/NQ-UBTVQH15).</summary>
public class TraVinhPlanTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void The_plan_has_no_more_units_and_no_more_failing_groups_than_the_real_arrangement_on_the_same_figures()
    {
        var map = TraVinh2025.Map;
        var outcome = ArrangementPlanner.Plan(map, TraVinh2025.Nq76, new PlanRules { TargetUnits = 41, Seed = 1 }, new CpSatPartitionSolver());
        var plan = Assert.Single(outcome.Plans);
        var real = RealArrangement.Judge(map, TraVinh2025.Crosswalk, [], TraVinh2025.Nq76, ProvinceSetting.Other);

        Assert.Equal(104, map.Communes.Count());
        Assert.True(plan.UnitCount <= real.Count, $"{plan.UnitCount} units against {real.Count}");
        var realFailing = real.Count(r => r.OnToolFigures.Status.IsFailing());
        var failing = string.Join("; ", plan.Groups.Where(g => g.Candidate.Judgement.Status.IsFailing()).Select(g => string.Join("+", g.Members.Select(m => m.FullName)) + " " + g.Reasons[0]));
        Assert.True(plan.FailingCount <= realFailing, $"{plan.FailingCount} failing groups against {realFailing}: {failing}; optimal {plan.Optimal}");

        // Thị trấn Long Thành has no polygon and no covering one: it stays alone, the one group that cannot meet.
        Assert.True(plan.FailingCount == 1, failing);
        var alone = Assert.Single(plan.Groups, g => g.Candidate.Judgement.Status.IsFailing());
        Assert.Equal("29513", alone.Continuing.Code.Value);

        var scenario = PlanScenario.Build(plan, TraVinh2025.Nq76, new ScenarioBaseline("tra-vinh"), null, 1);
        Assert.Null(ScenarioEngine.Apply(map, scenario).Refusal);

        var comparison = PartitionComparison.Compare(plan.GroupOf(), RealArrangement.Partition(map, TraVinh2025.Crosswalk));
        Assert.Equal(104, comparison.Units);
        Assert.InRange(comparison.AdjustedRandIndex, 0.2, 1);
    }
}
