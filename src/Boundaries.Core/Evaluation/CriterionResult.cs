using Boundaries.Core.Standards;

namespace Boundaries.Core.Evaluation;

/// <summary>The outcome of a subordinate-unit criterion for one unit.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Count">Subordinate units of the counted types.</param>
/// <param name="Total">All subordinate units.</param>
/// <param name="Met">Whether the criterion is met.</param>
public sealed record CriterionResult(SubordinateCriterion Criterion, int Count, int Total, bool Met)
{
    /// <summary>The share of the counted types, in per cent; null without subordinate units.</summary>
    public double? SharePercent => Total == 0 ? null : 100.0 * Count / Total;
}
