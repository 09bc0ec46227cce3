using Boundaries.Core.Evaluation;
using Boundaries.Core.Scenarios.Results;
using Boundaries.Core.Scenarios.Steps;

namespace Boundaries.Core.Scenarios.Assessments;

/// <summary>A copy of a map prepared so that the standards evaluator uses the scenario's figures: districts as sums of communes, declared figures as recorded areas.</summary>
/// <remarks>
/// The evaluator prefers a unit's own polygon; a district's bundled polygon is of another vintage than its communes, so the
/// before and after of a district would not compare. Without its polygon the evaluator sums the communes, as
/// <see cref="ScenarioFigures"/> does. A declared area (no published polygon) reaches the evaluator only as a recorded area.
/// </remarks>
internal static class EvaluationView
{
    public static AdminMap Of(ScenarioFigures figures, AreaBasis basis)
    {
        var units = figures.Map.Units.Select(unit =>
        {
            var view = unit;
            if (unit.Level != UnitLevel.Commune)
            {
                view = view with { Geometry = null, GeometryNote = "theo phương án: tổng đa giác của các xã trực thuộc" };
            }

            if (basis == AreaBasis.Computed && view.OfficialArea is not null)
            {
                view = view with { OfficialArea = null };
            }

            if (figures.IsDeclared(unit) && view.OfficialArea is null && figures.AreaKm2Of(unit) is { } km2)
            {
                view = view with { OfficialArea = new OfficialArea(km2, null, $"{figures.AreaBasisOf(unit)} ({DeclaredFigure.Flag})") };
            }

            return view;
        });
        return new AdminMap(units, figures.Map.Unassigned);
    }
}
