namespace Boundaries.Core.Standards;

/// <summary>A period of an arrangement programme with the criteria that select units in it.</summary>
/// <param name="Id">The stable id, e.g. "nq35-2023/2023-2025".</param>
/// <param name="From">First day of the period.</param>
/// <param name="To">Last day of the period.</param>
/// <param name="Criteria">The rows; a unit is subject to arrangement when any row of its level matches.</param>
public sealed record ArrangementPeriod(string Id, DateOnly From, DateOnly To, IReadOnlyList<ArrangementCriterion> Criteria)
{
    /// <summary>Whether the date lies in the period.</summary>
    public bool Contains(DateOnly date) => date >= From && date <= To;
}
