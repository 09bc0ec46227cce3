using Boundaries.Core.Evaluation;
using Boundaries.Core.Scenarios.Results;

namespace Boundaries.Core.Scenarios.Assessments;

/// <summary>An affected unit's assessment before and after a scenario, and for a unit formed by arrangement whether it is permitted.</summary>
/// <param name="Change">The unit before and after.</param>
/// <param name="Before">Its assessment in the baseline; null for a new unit.</param>
/// <param name="After">Its assessment in the result; null for a unit that ceased.</param>
/// <param name="FormedFrom">For a unit formed by an arrangement: how many units of its level it was formed from.</param>
/// <param name="Formed">For such a unit: whether it meets the standards, and whether it is permitted if it does not (NQ 35/2023/UBTVQH15 Điều 4).</param>
public sealed record AssessedChange(UnitChange Change, Assessment? Before, Assessment? After, int? FormedFrom, MergerAssessment? Formed);
