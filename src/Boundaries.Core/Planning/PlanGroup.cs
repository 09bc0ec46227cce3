namespace Boundaries.Core.Planning;

/// <summary>One group of a plan: the units that would form one new unit, why, and what the plan calls the new unit.</summary>
/// <param name="Candidate">The group with its measures and verdict.</param>
/// <param name="Members">The member units.</param>
/// <param name="Continuing">The member whose code and name the new unit takes (a phường first, then the most populous).</param>
/// <param name="Reasons">Why the group is as it is: the verdict, then each neighbour outside it and why it is not in it.</param>
public sealed record PlanGroup(CandidateGroup Candidate, IReadOnlyList<AdminUnit> Members, AdminUnit Continuing, IReadOnlyList<string> Reasons);

/// <summary>A complete arrangement plan of a province: every commune-level unit in exactly one group.</summary>
/// <param name="Rank">1 for the best plan, 2 for the next alternative, …</param>
/// <param name="Groups">The groups in map order of their first member.</param>
/// <param name="Objective">The solver's total cost.</param>
/// <param name="Optimal">Whether the solver proved it optimal within its budget.</param>
public sealed record ArrangementPlan(int Rank, IReadOnlyList<PlanGroup> Groups, long Objective, bool Optimal)
{
    /// <summary>The number of new units.</summary>
    public int UnitCount => Groups.Count;

    /// <summary>Groups that fail the orientation (cannot meet, or figures missing).</summary>
    public int FailingCount => Groups.Count(g => Orientations.OrientationStatuses.IsFailing(g.Candidate.Judgement.Status));

    /// <summary>The mean compactness of the groups of two or more units.</summary>
    public double MeanCompactness => Groups.Where(g => g.Members.Count > 1).Select(g => g.Candidate.Compactness).DefaultIfEmpty(1).Average();

    /// <summary>The old district lines crossed, summed over the groups.</summary>
    public int Crossings => Groups.Sum(g => g.Candidate.Crossings);

    /// <summary>The group of each unit code.</summary>
    public IReadOnlyDictionary<UnitCode, int> GroupOf()
    {
        var map = new Dictionary<UnitCode, int>();
        for (var g = 0; g < Groups.Count; g++)
        {
            foreach (var u in Groups[g].Members)
            {
                map[u.Code] = g;
            }
        }

        return map;
    }
}
