using Boundaries.Core.Evaluation;
using Boundaries.Core.Scenarios.Results;

namespace Boundaries.Core.Scenarios.Assessments;

/// <summary>The standards before and after a scenario: both maps evaluated on the scenario's figures, and every affected unit side by side.</summary>
/// <param name="Before">The baseline, evaluated.</param>
/// <param name="After">The result, evaluated.</param>
/// <param name="Units">Every affected unit, in the order of <see cref="ScenarioResult.Changes"/>.</param>
public sealed record ScenarioAssessment(MapEvaluation Before, MapEvaluation After, IReadOnlyList<AssessedChange> Units)
{
    /// <summary>Units formed by an arrangement that are not permitted: below the standards with fewer than three units merged.</summary>
    public IEnumerable<AssessedChange> NotPermitted => Units.Where(u => u.Formed?.Permitted == false);
}
