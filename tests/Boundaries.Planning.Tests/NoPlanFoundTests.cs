using Boundaries.Core.Planning;

namespace Boundaries.Planning.Tests;

/// <summary>When no plan comes back, the planner tells a proven "there is none" from "the solver's budget ran out first".</summary>
public class NoPlanFoundTests
{
    [Fact]
    public void Plan_SolverOutOfBudget_SaysSoAndDoesNotClaimThereIsNoPlan()
    {
        var outcome = ArrangementPlanner.Plan(TraVinh2025.Map, TraVinh2025.Nq76, new PlanRules { KeepDistrictLines = false, DeterministicTimeLimit = 0.5 }, new GivesUp(proven: false));

        Assert.Empty(outcome.Plans);
        Assert.True(outcome.BudgetRanOut);
        Assert.Equal($"Chưa tìm được phương án {outcome.GroupCount} đơn vị (nhóm liền kề, tối đa 4 đơn vị/nhóm) trong giới hạn thời gian giải 0.5; bộ giải chưa chứng minh được là không có phương án", outcome.Infeasible);
    }

    [Fact]
    public void Plan_SolverProvesThereIsNone_SaysTheConstraintsAllowNone()
    {
        var outcome = ArrangementPlanner.Plan(TraVinh2025.Map, TraVinh2025.Nq76, new PlanRules { KeepDistrictLines = false }, new GivesUp(proven: true));

        Assert.False(outcome.BudgetRanOut);
        Assert.Equal($"Không có phương án {outcome.GroupCount} đơn vị thỏa mãn các ràng buộc (nhóm liền kề, tối đa 4 đơn vị/nhóm)", outcome.Infeasible);
    }

    // A solver that returns no partition: with proof that none exists, or without (its budget spent).
    private sealed class GivesUp(bool proven) : IPartitionSolver
    {
        public PartitionSolution Solve(PartitionModel model) => new([], proven, false, 0);
    }
}
