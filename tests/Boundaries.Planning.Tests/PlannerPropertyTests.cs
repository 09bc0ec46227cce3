using Boundaries.Core.Orientations;
using Boundaries.Core.Planning;
using Boundaries.Core.Scenarios;
using Boundaries.Core.Units;
using CsCheck;

namespace Boundaries.Planning.Tests;

/// <summary>Invariants of every plan, on random districts of Trà Vinh under random constraints.</summary>
public class PlannerPropertyTests
{
    private static readonly string[] DistrictCodes = ["842", "844", "845", "846", "847", "848", "849", "850", "851"];

    private static readonly Gen<(string[] Districts, PlanRules Rules, int KeepPick, int TogetherPick, int ApartPick)> Cases =
        Gen.Select(
            Gen.Int[0, DistrictCodes.Length - 1].Array[1, 2].Select(a => a.Distinct().Select(i => DistrictCodes[i]).ToArray()),
            Gen.Int[2, 4], Gen.Bool, Gen.Bool, Gen.Int[0, 1000], Gen.Int[0, 2].Select(i => new[] { 0.3, 0.5, 0.6 }[i]),
            Gen.Int[-1, 30].Array[3],
            (d, size, lines, mix, seed, reduction, picks) => (d, new PlanRules
            {
                MaxGroupSize = size, KeepDistrictLines = lines, MixTypes = mix, Seed = seed, Reduction = reduction, DeterministicTimeLimit = 1,
            }, picks[0], picks[1], picks[2]));

    [Fact]
    public void Every_plan_partitions_into_contiguous_groups_that_honour_the_constraints_conserve_the_figures_and_repeat_for_a_seed()
    {
        Cases.Sample(c =>
        {
            var map = TraVinh2025.Districts(c.Districts);
            var rules = WithPicks(map, c.Rules, c.KeepPick, c.TogetherPick, c.ApartPick);
            var outcome = ArrangementPlanner.Plan(map, TraVinh2025.Nq76, rules, new CpSatPartitionSolver());
            if (outcome.Plans.Count == 0)
            {
                Assert.NotNull(outcome.Infeasible);
                return;
            }

            var plan = outcome.Plans[0];
            var communes = map.Communes.Select(u => u.Code).ToList();
            Assert.Equal(communes.Select(c => c.Value).Order(), plan.Groups.SelectMany(g => g.Members).Select(u => u.Code.Value).Order());
            Assert.Equal(rules.GroupCountFor(communes.Count), plan.UnitCount);
            var graph = CandidateEnumerator.AllowedGraph(outcome.Problem, rules);
            foreach (var g in plan.Groups)
            {
                Assert.True(g.Members.Count <= rules.MaxGroupSize);
                Assert.True(Connected(g.Candidate.Members, graph), $"group {string.Join(",", g.Members.Select(m => m.Code))} is not contiguous");
                // A pair the planner is told to put together is joined even across a line or a type (--together wins over
                // --lines and --mix-types); every other group stays inside one district and, with --mix-types no, one type.
                var paired = rules.Together.Any(p => g.Members.Any(u => u.Code == p.A));
                Assert.True(!rules.KeepDistrictLines || paired || g.Members.Select(u => u.ParentCode).Distinct().Count() == 1);
                Assert.True(rules.MixTypes || paired || g.Members.Select(u => u.Type == UnitType.Phuong).Distinct().Count() == 1);
                Assert.True(g.Members.Count == 1 || !g.Members.Any(u => rules.Keep.Contains(u.Code)));
            }

            var groupOf = plan.GroupOf();
            Assert.All(rules.Together, p => Assert.Equal(groupOf[p.A], groupOf[p.B]));
            Assert.All(rules.Apart, p => Assert.NotEqual(groupOf[p.A], groupOf[p.B]));

            var scenario = PlanScenario.Build(plan, TraVinh2025.Nq76, new ScenarioBaseline("tra-vinh"), null, rules.Seed);
            var applied = ScenarioEngine.Apply(map, scenario);
            Assert.Null(applied.Refusal);
            Assert.Equal(plan.UnitCount, applied.Map.Communes.Count());
            Assert.Equal(map.Communes.Sum(u => u.Population!.Value), applied.Map.Communes.Sum(u => u.Population!.Value));
            Assert.Equal(map.Communes.Sum(u => u.GeodesicAreaKm2 ?? 0), applied.Map.Communes.Sum(u => u.GeodesicAreaKm2 ?? 0), 3);

            var again = ArrangementPlanner.Plan(map, TraVinh2025.Nq76, rules, new CpSatPartitionSolver()).Plans[0];
            Assert.Equal(plan.Groups.Select(g => g.Candidate.Members), again.Groups.Select(g => g.Candidate.Members));
        }, iter: 4);
    }

    [Fact]
    public void Alternatives_are_distinct_plans()
    {
        var map = TraVinh2025.Districts("848", "849");
        var outcome = ArrangementPlanner.Plan(map, TraVinh2025.Nq76, new PlanRules { Alternatives = 3, DeterministicTimeLimit = 1 }, new CpSatPartitionSolver());
        Assert.Equal(3, outcome.Plans.Count);
        var keys = outcome.Plans.Select(p => string.Join("|", p.Groups.Select(g => string.Join(",", g.Candidate.Members)))).ToList();
        Assert.Equal(3, keys.Distinct().Count());
        Assert.True(outcome.Plans[0].Objective <= outcome.Plans[1].Objective);
        Assert.All(outcome.Plans[0].Groups, g => Assert.StartsWith(char.ToUpperInvariant(g.Candidate.Judgement.Status.Vietnamese()[0]).ToString(), g.Reasons[0], StringComparison.Ordinal));
    }

    private static PlanRules WithPicks(AdminMap map, PlanRules rules, int keep, int together, int apart)
    {
        var problem = PlanningProblem.Of(map);
        var edges = problem.Units.SelectMany(u => problem.Neighbours[u.Index].Where(n => n > u.Index).Select(n => (A: u.Unit.Code, B: problem.Units[n].Unit.Code))).ToList();
        var kept = keep >= 0 && keep < problem.Units.Count ? problem.Units[keep].Unit.Code : (UnitCode?)null;
        var free = edges.Where(e => e.A != kept && e.B != kept).ToList();
        var pairTogether = together >= 0 && together < free.Count ? free[together] : ((UnitCode, UnitCode)?)null;
        var pairApart = apart >= 0 && apart < free.Count && (pairTogether is null || free[apart] != pairTogether.Value) ? free[apart] : ((UnitCode, UnitCode)?)null;
        return rules with
        {
            Keep = kept is { } k ? new HashSet<UnitCode> { k } : new HashSet<UnitCode>(),
            Together = pairTogether is { } t ? [t] : [],
            Apart = pairApart is { } a ? [a] : [],
        };
    }

    private static bool Connected(int[] members, int[][] graph)
    {
        var seen = new HashSet<int> { members[0] };
        var queue = new Queue<int>(seen);
        while (queue.TryDequeue(out var u))
        {
            foreach (var v in graph[u].Where(v => Array.BinarySearch(members, v) >= 0 && seen.Add(v)))
            {
                queue.Enqueue(v);
            }
        }

        return seen.Count == members.Length;
    }
}
