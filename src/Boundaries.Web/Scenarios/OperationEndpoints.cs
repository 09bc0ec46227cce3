using Boundaries.Core.Scenarios.Steps;
using Boundaries.Web.Hosting;

namespace Boundaries.Web.Scenarios;

/// <summary>Changes to a scenario: apply an operation, undo, redo. Each names the version it read and answers with the new snapshot.</summary>
internal static class OperationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/{id}/operations", (string id, OperationRequest request, DateOnly? asOf, ScenarioStore store, PlannerContext context, CancellationToken ct) =>
            {
                var operation = OperationJson.Parse(request.Operation);
                return ScenarioEndpoints.Locked(store, id, ct, session => Answer(session, context, asOf, session.Apply(operation, request.Version)));
            })
            .WithName("ApplyOperation")
            .WithSummary("Applies one operation (as in a scenario file) and saves; answers the scenario, table and units.")
            .WithDescription("409 when the version is not the current one (another tab saved first); 422 with the engine's reason when the operation is refused; nothing is changed then.")
            .Produces<ScenarioSnapshot>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/{id}/undo", (string id, VersionRequest request, DateOnly? asOf, ScenarioStore store, PlannerContext context, CancellationToken ct) =>
                ScenarioEndpoints.Locked(store, id, ct, session =>
                {
                    session.Undo(request.Version);
                    return ScenarioEndpoints.Snapshot(session, context, asOf);
                }))
            .WithName("Undo").WithSummary("Takes back the last operation and saves.")
            .Produces<ScenarioSnapshot>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id}/redo", (string id, VersionRequest request, DateOnly? asOf, ScenarioStore store, PlannerContext context, CancellationToken ct) =>
                ScenarioEndpoints.Locked(store, id, ct, session => Answer(session, context, asOf, session.Redo(request.Version))))
            .WithName("Redo").WithSummary("Applies the last operation undone again and saves.")
            .Produces<ScenarioSnapshot>().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static IResult Answer(ScenarioSession session, PlannerContext context, DateOnly? asOf, OperationRefusal? refusal) =>
        refusal is null ? ScenarioEndpoints.Snapshot(session, context, asOf) : throw Refused(refusal);

    /// <summary>422 with the engine's reason: the check broken, the operation's number and the unit.</summary>
    internal static PlannerProblem Refused(OperationRefusal refusal) => new(
        StatusCodes.Status422UnprocessableEntity,
        "operation-refused",
        "Thao tác bị từ chối",
        refusal.Message,
        new Dictionary<string, object?>
        {
            ["operationNumber"] = refusal.OperationNumber,
            ["operation"] = refusal.Operation,
            ["check"] = refusal.Check,
            ["unit"] = refusal.Unit?.Value,
        });
}
