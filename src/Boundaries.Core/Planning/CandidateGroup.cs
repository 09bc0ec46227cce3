using Boundaries.Core.Orientations;

namespace Boundaries.Core.Planning;

/// <summary>A connected group of units that could form one new unit, with the measures the plan is chosen by.</summary>
/// <param name="Members">The member indices, ascending.</param>
/// <param name="Judgement">The orientation's verdict on the merged unit.</param>
/// <param name="PolsbyPopper">4πA/P² of the merged unit (1 for a disc); A and P on the ellipsoid, P without the inner common boundaries.</param>
/// <param name="HullRatio">The merged area over the area of its convex hull (1 for a convex unit).</param>
/// <param name="Crossings">The old district lines the group crosses (districts spanned − 1).</param>
/// <param name="Cost">The weighted objective term (<see cref="CandidateScoring"/>).</param>
public sealed record CandidateGroup(int[] Members, OrientationJudgement Judgement, double PolsbyPopper, double HullRatio, int Crossings, long Cost)
{
    /// <summary>The compactness used in the objective: the mean of Polsby–Popper and the convex-hull ratio.</summary>
    public double Compactness => (PolsbyPopper + HullRatio) / 2;

    /// <summary>The member units.</summary>
    public IReadOnlyList<AdminUnit> Units(PlanningProblem problem) => Members.Select(i => problem.Units[i].Unit).ToList();
}
