using Boundaries.Core.Scenarios.Steps;
using Boundaries.Web.Display;

namespace Boundaries.Web.Scenarios;

/// <summary>Applies an operation to a workspace and keeps the map's display in step: the shapes of the units it reshaped, and the district outlines it left unchanged.</summary>
internal static class ShapedOperation
{
    /// <summary>Applies <paramref name="operation"/>; returns the engine's refusal, and changes nothing then.</summary>
    public static OperationRefusal? Apply(PlannerContext context, DistrictOutlines outlines, ScenarioWorkspace workspace, ScenarioOperation operation)
    {
        var before = operation.NamedUnits.Distinct().Select(workspace.Find).OfType<AdminUnit>().ToDictionary(u => u.Code);
        var outcome = workspace.Apply(operation);
        if (!outcome.Applied)
        {
            return outcome.Refusal;
        }

        if (!OperationShapes.Derive(context.Shapes, operation, before, outcome.Changed))
        {
            var communes = workspace.Units.Where(u => u.Level == UnitLevel.Commune);
            context.Shapes.SimplifyTogether(PlannerContext.CoveragePolygons(communes, workspace.ToResult().Map.Unassigned));
        }

        HandOnOutline(context.Shapes, outlines, before.Values, outcome.Changed);
        return null;
    }

    /// <summary>When an operation's communes lie in one district before and after, its territory and so its outline are unchanged.</summary>
    private static void HandOnOutline(DisplayCoverage shapes, DistrictOutlines outlines, IEnumerable<AdminUnit> before, IEnumerable<AdminUnit> after)
    {
        var old = before.Where(u => u.Level == UnitLevel.Commune).ToList();
        var now = after.Where(u => u.Level == UnitLevel.Commune).ToList();
        if (old.Concat(now).Select(u => u.ParentCode).Distinct().ToList() is [{ } district])
        {
            outlines.Rekey(
                district,
                old.Select(u => shapes.ShapeOf(u.Geometry)).OfType<Geometry>().ToList(),
                now.Select(u => shapes.ShapeOf(u.Geometry)).OfType<Geometry>().ToList());
        }
    }
}
