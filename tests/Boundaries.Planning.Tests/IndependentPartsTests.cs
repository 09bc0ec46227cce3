using Boundaries.Core.Orientations;
using Boundaries.Core.Planning;

namespace Boundaries.Planning.Tests;

/// <summary>The plan solved district by district (<see cref="IndependentParts"/>) against the same model solved whole by CP-SAT, on the former Trà Vinh.</summary>
public class IndependentPartsTests
{
    [Theory]
    [Trait("Category", "Slow")]
    [InlineData(41)]
    [InlineData(30)]
    [InlineData(60)]
    public void District_by_district_is_never_worse_than_the_whole_model(int groups)
    {
        var problem = PlanningProblem.Of(TraVinh2025.Map);
        var candidates = CandidateScoring.Score(
            problem, CandidateEnumerator.Enumerate(problem, new PlanRules()), TraVinh2025.Nq76, ProvinceSetting.Other,
            (double)problem.Units.Sum(u => u.Unit.People ?? 0) / groups);
        var model = new PartitionModel(
            problem.Units.Count, candidates.Select(c => c.Members).ToList(), candidates.Select(c => c.Cost).ToList(), groups, [], 1, 1, 4);

        var whole = new CpSatPartitionSolver().Solve(model);
        var parts = IndependentParts.Solve(model, new CpSatPartitionSolver());

        // The whole model is not always proven within its limit (60 groups); the parts are never worse, and equal when it is.
        Assert.True(parts.Objective <= whole.Objective, $"{parts.Objective} against {whole.Objective}");
        Assert.True(!whole.Optimal || whole.Objective == parts.Objective, $"{parts.Objective} against the proven {whole.Objective}");

        // The acceptance case (41 units, README) is proven optimal part by part too.
        Assert.True(groups != 41 || parts.Optimal);
        Assert.Equal(groups, parts.Chosen.Count);
        var covered = parts.Chosen.SelectMany(c => model.Candidates[c]).Order().ToList();
        Assert.Equal(Enumerable.Range(0, problem.Units.Count), covered);
        Assert.Equal(parts.Objective, parts.Chosen.Sum(c => model.Costs[c]));
    }
}
