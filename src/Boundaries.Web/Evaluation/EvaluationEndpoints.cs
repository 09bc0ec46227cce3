using Boundaries.Data.Export;

namespace Boundaries.Web.Evaluation;

/// <summary>The baseline: its units as GeoJSON coloured by status, and its full evaluation as of a date.</summary>
internal static class EvaluationEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Baseline");
        api.MapGet("/units", (DateOnly? asOf, BaselineViews views, PlannerContext context) => SnapshotResult.Units(View(views, context, asOf)))
            .WithName("GetUnits")
            .WithSummary("The baseline's communes, unassigned polygons and district outlines as a GeoJSON FeatureCollection with status properties.")
            .WithDescription("Shapes are display-simplified together (CoverageSimplifier) so neighbours share their edges; areas and percentages are measured on the full polygons. Evaluated as of ?asOf= (default: the planner's date).")
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/baseline", (DateOnly? asOf, BaselineViews views, PlannerContext context) =>
                new SnapshotResult(null, View(views, context, asOf), table: true, units: true) { Stored = true })
            .WithName("GetBaseline")
            .WithSummary("The baseline as the page shows it before any scenario: the totals and summary lines (an empty before → after table) and the units as GeoJSON.")
            .Produces<ScenarioSnapshot>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/evaluation", (DateOnly? asOf, BaselineViews views, PlannerContext context) =>
            {
                var view = View(views, context, asOf);
                using var buffer = new MemoryStream();
                AssessmentJsonWriter.Write(buffer, view.Assessment.After);
                return Results.Bytes(buffer.ToArray(), "application/json; charset=utf-8");
            })
            .WithName("GetEvaluation")
            .WithSummary("Every unit of the baseline assessed against the standards in force on ?asOf=: regime, programme, summaries, one object per unit.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/project", (PlannerContext context) => ProjectInfo.Of(context))
            .WithName("GetProject")
            .WithSummary("The dataset's name, default evaluation date, unit counts, provenance and the districts a unit can move to.");
    }

    private static ScenarioView View(BaselineViews views, PlannerContext context, DateOnly? asOf)
    {
        var date = AsOfDate.Choose(asOf, null, context.Options);
        return AsOfDate.Evaluate(date, () => views.Of(date));
    }
}
