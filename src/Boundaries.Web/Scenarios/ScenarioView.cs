using Boundaries.Core.Scenarios.Steps;
using Boundaries.Web.Display;

namespace Boundaries.Web.Scenarios;

/// <summary>A scenario as it stands, evaluated as of a date: the engine's result and assessment, the map's features and the table.</summary>
/// <param name="Result">The engine's result.</param>
/// <param name="Assessment">Before → after against the standards.</param>
/// <param name="Features">What the map draws.</param>
/// <param name="Table">The before → after table.</param>
internal sealed record ScenarioView(ScenarioResult Result, ScenarioAssessment Assessment, IReadOnlyList<UnitFeature> Features, ScenarioTable Table)
{
    /// <summary>Evaluates the workspace as it stands.</summary>
    public static ScenarioView Build(
        PlannerContext context, ScenarioWorkspace workspace, Scenario? scenario, DateOnly asOf, DistrictOutlines outlines, OperationRefusal? refusal = null)
    {
        var result = workspace.ToResult(scenario);
        var assessment = ScenarioAssessor.Assess(result, context.Options.Catalogue, new EvaluationOptions(asOf));
        var changes = assessment.Units.Where(u => (u.Change.After ?? u.Change.Before)!.Level != UnitLevel.Province).ToDictionary(u => u.Change.Code);
        var features = MapFeatures.Build(result.Map, assessment.After, changes, context.Shapes, outlines);
        return new ScenarioView(result, assessment, features, ScenarioTableBuilder.Build(result, assessment, refusal));
    }
}
