using Boundaries.Core.Evaluation;
using Boundaries.Core.Scenarios.Results;
using Boundaries.Core.Standards;

namespace Boundaries.Core.Scenarios.Assessments;

/// <summary>Evaluates a scenario against the standards: before → after for every affected unit, and the rule for units formed by arrangement.</summary>
public static class ScenarioAssessor
{
    /// <summary>Evaluates the baseline and the result as of <paramref name="options"/>' date, on the scenario's figures.</summary>
    /// <remarks>
    /// Declared figures are used as the units' areas; a district's area is the sum of its communes on both sides.
    /// NQ 35/2023/UBTVQH15 Điều 4: a unit formed by an arrangement must meet the standards unless three or more units of the same level merged.
    /// </remarks>
    public static ScenarioAssessment Assess(ScenarioResult result, StandardsCatalogue catalogue, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(options);
        var evaluate = options with { AreaBasis = AreaBasis.PreferOfficial };
        var before = StandardsEvaluator.Evaluate(EvaluationView.Of(result.BaselineFigures, options.AreaBasis), catalogue, evaluate);
        var after = StandardsEvaluator.Evaluate(EvaluationView.Of(result.Figures, options.AreaBasis), catalogue, evaluate);
        var beforeByCode = before.Assessments.ToDictionary(a => a.Code);
        var afterByCode = after.Assessments.ToDictionary(a => a.Code);

        var rows = new List<AssessedChange>();
        foreach (var change in result.Changes)
        {
            var was = change.Before is null ? null : beforeByCode.GetValueOrDefault(change.Before.Code);
            var now = change.After is null ? null : afterByCode.GetValueOrDefault(change.After.Code);
            int? count = change.After is not null && result.FormedUnits.TryGetValue(change.After.Code, out var n) ? Math.Max(1, n) : null;
            MergerAssessment? formed = null;
            if (count is { } merged && now is { Area.Km2: { } km2, Population.Value: { } people })
            {
                formed = StandardsEvaluator.EvaluateHypothetical(catalogue, new HypotheticalUnit(now.Unit.Type, km2, people, merged)
                {
                    ParentType = now.ParentType,
                    Region = now.Unit.Region,
                    SpecialFactors = now.Unit.SpecialFactors,
                }, evaluate);
            }

            rows.Add(new AssessedChange(change, was, now, count, formed));
        }

        return new ScenarioAssessment(before, after, rows);
    }
}
