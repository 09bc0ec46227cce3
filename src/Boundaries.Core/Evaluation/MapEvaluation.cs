namespace Boundaries.Core.Evaluation;

/// <summary>The assessments of every unit of a map as of a date, with the regime and programme used.</summary>
/// <param name="AsOf">The date whose law was applied.</param>
/// <param name="Selection">The regime and programme period, and why.</param>
/// <param name="Assessments">One per unit, in the map's order.</param>
public sealed record MapEvaluation(DateOnly AsOf, StandardsSelection Selection, IReadOnlyList<Assessment> Assessments)
{
    /// <summary>The assessment of a unit; throws when the unit is not in the map.</summary>
    public Assessment this[UnitCode code] =>
        Assessments.FirstOrDefault(a => a.Code == code) ?? throw new KeyNotFoundException($"No assessment for unit {code}.");

    /// <summary>The assessments of a level.</summary>
    public IEnumerable<Assessment> AtLevel(UnitLevel level) => Assessments.Where(a => a.Unit.Level == level);

    /// <summary>The units subject to arrangement.</summary>
    public IEnumerable<Assessment> MustArrange => Assessments.Where(a => a.MustArrange == true);
}
