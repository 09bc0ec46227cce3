using Boundaries.Core.Orientations;
using Boundaries.Core.Standards;
using ConvexHull = NetTopologySuite.Algorithm.ConvexHull;

namespace Boundaries.Core.Planning;

/// <summary>Measures each candidate group and weighs it for the objective.</summary>
/// <remarks>
/// The objective is a weighted sum over the chosen groups, the weights far enough apart to act in order: a group that fails the
/// orientation costs <see cref="FailingWeight"/>, more than all the other terms of any plan together; then compactness,
/// (1 − mean of Polsby–Popper and hull ratio) × <see cref="CompactnessWeight"/>; then balance, the relative distance of the
/// population from the province's mean new unit, capped at 2, × <see cref="BalanceWeight"/>; then each old district line crossed,
/// × <see cref="CrossingWeight"/>. The merged perimeter is the members' perimeters less twice their common boundaries, so no
/// polygon is united while planning.
/// </remarks>
public static class CandidateScoring
{
    /// <summary>The cost of a group that fails the orientation.</summary>
    public const long FailingWeight = 1_000_000_000;

    /// <summary>The cost of a group with compactness 0.</summary>
    public const long CompactnessWeight = 100_000;

    /// <summary>The cost of a group twice the mean population or more away from it.</summary>
    public const long BalanceWeight = 10_000;

    /// <summary>The cost of crossing one old district line.</summary>
    public const long CrossingWeight = 2_000;

    private static readonly GeometryFactory Factory = new();

    /// <summary>Scores every candidate; <paramref name="meanPopulation"/> is the province's population over the number of groups.</summary>
    public static IReadOnlyList<CandidateGroup> Score(
        PlanningProblem problem, IReadOnlyList<int[]> candidates, Orientation orientation, ProvinceSetting setting, double meanPopulation)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(candidates);
        var scored = new CandidateGroup[candidates.Count];
        Parallel.For(0, candidates.Count, i => scored[i] = Score(problem, candidates[i], orientation, setting, meanPopulation));
        return scored;
    }

    /// <summary>Scores one group.</summary>
    public static CandidateGroup Score(PlanningProblem problem, int[] members, Orientation orientation, ProvinceSetting setting, double meanPopulation)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(members);
        var units = members.Select(i => problem.Units[i]).ToList();
        var judgement = OrientationJudge.Judge(orientation, units.Select(u => u.Unit).ToList(), setting);
        var (pp, hull) = Shape(problem, members);
        var crossings = units.Select(u => u.Unit.ParentCode).Distinct().Count() - 1;
        var population = judgement.Figures.Population ?? 0;
        var balance = meanPopulation > 0 ? Math.Min(2, Math.Abs(population - meanPopulation) / meanPopulation) : 0;
        var cost = (judgement.Status.IsFailing() ? FailingWeight : 0)
            + (long)Math.Round((1 - ((pp + hull) / 2)) * CompactnessWeight)
            + (long)Math.Round(balance / 2 * BalanceWeight)
            + (crossings * CrossingWeight);
        return new CandidateGroup(members, judgement, pp, hull, crossings, cost);
    }

    private static (double PolsbyPopper, double HullRatio) Shape(PlanningProblem problem, int[] members)
    {
        var area = members.Sum(i => problem.Units[i].AreaKm2);
        if (area <= 0)
        {
            return (1, 1);
        }

        var perimeter = members.Sum(i => problem.Units[i].PerimeterKm);
        for (var a = 0; a < members.Length; a++)
        {
            for (var b = a + 1; b < members.Length; b++)
            {
                perimeter -= 2 * problem.SharedKm(members[a], members[b]);
            }
        }

        var pp = perimeter > 0 ? Math.Min(1, 4 * Math.PI * area / (perimeter * perimeter)) : 1;
        var points = members.SelectMany(i => problem.Units[i].HullPoints).ToArray();
        var hullArea = new ConvexHull(points, Factory).GetConvexHull().Area;
        var planar = members.Sum(i => problem.Units[i].PlanarArea);
        return (pp, hullArea > 0 ? Math.Min(1, planar / hullArea) : 1);
    }
}
