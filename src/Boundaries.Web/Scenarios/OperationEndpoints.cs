using System.Security.Claims;
using Boundaries.Core.Scenarios.Steps;
using Boundaries.Web.Display;

namespace Boundaries.Web.Scenarios;

/// <summary>Changes to a scenario: apply an operation, undo, redo. Each names the version it read and answers with the scenario, the table and what changed on the map.</summary>
internal static class OperationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/{id}/operations", (string id, OperationRequest request, DateOnly? asOf, ScenarioStore store, PlannerContext context, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var operation = OperationJson.Parse(request.Operation);
                return ScenarioEndpoints.LockedAsync(store, id, ct, session => Changed(session, context, asOf, () => session.ApplyAsync(operation, request.Version, PeopleGate.NameOf(user), ct)));
            })
            .WithName("ApplyOperation")
            .WithSummary("Applies one operation (as in a scenario file) and saves; answers the scenario, the table, the units added or changed (\"units\") and the codes gone (\"removed\").")
            .WithDescription("409 when the version is not the current one (another tab or planner saved first: the problem names who, when and what) or the shared scenario is submitted; 422 with the engine's reason when the operation is refused; nothing is changed then.")
            .Produces<ScenarioSnapshot>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/{id}/undo", (string id, VersionRequest request, DateOnly? asOf, ScenarioStore store, PlannerContext context, ClaimsPrincipal user, CancellationToken ct) =>
                ScenarioEndpoints.LockedAsync(store, id, ct, session => Changed(session, context, asOf, async () =>
                {
                    await session.UndoAsync(request.Version, PeopleGate.NameOf(user), ct);
                    return null;
                })))
            .WithName("Undo").WithSummary("Takes back the last operation and saves; answers as an operation does.")
            .Produces<ScenarioSnapshot>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id}/redo", (string id, VersionRequest request, DateOnly? asOf, ScenarioStore store, PlannerContext context, ClaimsPrincipal user, CancellationToken ct) =>
                ScenarioEndpoints.LockedAsync(store, id, ct, session => Changed(session, context, asOf, () => session.RedoAsync(request.Version, PeopleGate.NameOf(user), ct))))
            .WithName("Redo").WithSummary("Applies the last operation undone again and saves; answers as an operation does.")
            .Produces<ScenarioSnapshot>().ProducesProblems(StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>Makes a change and answers with the scenario, the table and the map's difference from the version the client had.</summary>
    /// <remarks>The client read the version the change names, as of the same date, so the view before is the one it shows (and is usually cached).</remarks>
    private static async Task<IResult> Changed(ScenarioSession session, PlannerContext context, DateOnly? asOf, Func<Task<OperationRefusal?>> change)
    {
        var before = ScenarioEndpoints.View(session, context, asOf).Features;
        if (await change() is { } refusal)
        {
            throw Refused(refusal);
        }

        var after = ScenarioEndpoints.View(session, context, asOf);
        return new SnapshotResult(ScenarioState.Of(session), after, table: true, units: true, changes: FeatureChanges.Between(before, after.Features));
    }

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
