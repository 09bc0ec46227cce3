using System.Security.Claims;
using Boundaries.Data.Scenarios;
using Boundaries.Web.Evaluation;
using Microsoft.AspNetCore.Mvc;

namespace Boundaries.Web.Scenarios;

/// <summary>The scenario API: list, create, import, read, describe and delete scenarios, and read their result.</summary>
internal static class ScenarioEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/scenarios").WithTags("Scenarios");
        api.MapGet("/", (ScenarioStore store, CancellationToken ct) => store.ListAsync(ct))
            .WithName("ListScenarios").WithSummary("Saved scenarios (files, or the shared records of a project in PostgreSQL), newest first; unreadable ones say why.");
        api.MapPost("/", Create)
            .WithName("CreateScenario").WithSummary("Creates an empty scenario on the planner's baseline and saves it.")
            .Produces<ScenarioSnapshot>(StatusCodes.Status201Created);
        api.MapPost("/import", Import)
            .WithName("ImportScenario").WithSummary("Saves a scenario file (data/scenarios/scenario.schema.json) as a new scenario.")
            .Produces<ScenarioSnapshot>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/{id}", (string id, ScenarioStore store, PlannerContext context, CancellationToken ct) =>
                Locked(store, id, ct, session => Results.Ok(ScenarioState.Of(session))))
            .WithName("GetScenario").WithSummary("The scenario: version, operations, what undo and redo would do.")
            .Produces<ScenarioState>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/{id}", Describe)
            .WithName("DescribeScenario").WithSummary("Changes the title, description and effective date.")
            .Produces<ScenarioState>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/{id}", async (string id, [FromQuery] long version, ScenarioStore store, CancellationToken ct) =>
            {
                await store.DeleteAsync(id, version, ct);
                return Results.NoContent();
            })
            .WithName("DeleteScenario").WithSummary("Deletes the scenario's files when ?version= is the current version; a shared scenario is kept (409).")
            .ProducesProblems(StatusCodes.Status409Conflict, StatusCodes.Status404NotFound);
        api.MapGet("/{id}/result", (string id, DateOnly? asOf, ScenarioStore store, PlannerContext context, CancellationToken ct) =>
                Locked(store, id, ct, session => Snapshot(session, context, asOf)))
            .WithName("GetScenarioResult").WithSummary("The scenario, its before → after table and its units as GeoJSON, evaluated as of ?asOf= (default: its effective date).")
            .Produces<ScenarioSnapshot>();
        api.MapGet("/{id}/result/table", (string id, DateOnly? asOf, ScenarioStore store, PlannerContext context, CancellationToken ct) =>
                Locked(store, id, ct, session => Results.Ok(View(session, context, asOf).Table)))
            .WithName("GetScenarioTable").WithSummary("The before → after table with the compliance of every affected unit.")
            .Produces<ScenarioTable>();
        api.MapGet("/{id}/result/units", (string id, DateOnly? asOf, ScenarioStore store, PlannerContext context, CancellationToken ct) =>
                Locked(store, id, ct, session => SnapshotResult.Units(View(session, context, asOf))))
            .WithName("GetScenarioUnits").WithSummary("The units after the scenario as a GeoJSON FeatureCollection (display-simplified shapes, status properties).")
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json");
        OperationEndpoints.Map(api);
    }

    /// <summary>Runs <paramref name="action"/> on the open scenario under its gate.</summary>
    public static Task<IResult> Locked(ScenarioStore store, string id, CancellationToken ct, Func<ScenarioSession, IResult> action) =>
        LockedAsync(store, id, ct, session => Task.FromResult(action(session)));

    /// <summary>Runs <paramref name="action"/> (a change that is saved) on the open scenario under its gate.</summary>
    public static async Task<IResult> LockedAsync(ScenarioStore store, string id, CancellationToken ct, Func<ScenarioSession, Task<IResult>> action)
    {
        var session = await store.OpenAsync(id, ct);
        await session.Gate.WaitAsync(ct);
        try
        {
            return session.Deleted ? throw PlannerProblem.ScenarioNotFound(id) : await action(session);
        }
        finally
        {
            session.Gate.Release();
        }
    }

    /// <summary>The scenario with its table and units; call under the gate.</summary>
    public static SnapshotResult Snapshot(ScenarioSession session, PlannerContext context, DateOnly? asOf, int status = StatusCodes.Status200OK) =>
        new(ScenarioState.Of(session), View(session, context, asOf), table: true, units: true, status);

    /// <summary>The scenario evaluated as of the requested date, else its effective date, else the planner's default.</summary>
    public static ScenarioView View(ScenarioSession session, PlannerContext context, DateOnly? asOf)
    {
        var date = AsOfDate.Choose(asOf, session.Scenario.EffectiveDate, context.Options);
        return AsOfDate.Evaluate(date, () => session.View(date));
    }

    private static async Task<IResult> Create(CreateScenarioRequest request, DateOnly? asOf, ScenarioStore store, PlannerContext context, ClaimsPrincipal user, CancellationToken ct)
    {
        var title = request.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 300)
        {
            throw PlannerProblem.BadRequest("Tên phương án không được để trống và không dài quá 300 ký tự.");
        }

        var scenario = new Scenario
        {
            Baseline = new ScenarioBaseline(context.Options.DatasetId, context.Options.UnitsAsOf),
            Title = title,
            Description = request.Description,
            EffectiveDate = request.EffectiveDate,
            Date = DateOnly.FromDateTime(DateTime.Now),
            Author = PeopleGate.NameOf(user) ?? "Boundaries planner",
            Operations = [],
        };
        return await Created(await store.CreateAsync(scenario, new(PeopleGate.NameOf(user), $"Tạo phương án: {title}"), ct), context, asOf, ct);
    }

    private static async Task<IResult> Import([FromBody] JsonElement file, DateOnly? asOf, ScenarioStore store, PlannerContext context, ClaimsPrincipal user, CancellationToken ct)
    {
        var scenario = ScenarioFile.Parse(file.GetRawText(), "tệp phương án tải lên");
        var change = new ScenarioChange(PeopleGate.NameOf(user), $"Nhập tệp phương án: {scenario.Title} ({scenario.Operations.Count} thao tác)");
        return await Created(await store.CreateAsync(scenario, change, ct), context, asOf, ct);
    }

    private static async Task<IResult> Created(ScenarioSession session, PlannerContext context, DateOnly? asOf, CancellationToken ct)
    {
        await session.Gate.WaitAsync(ct);
        try
        {
            var snapshot = Snapshot(session, context, asOf, StatusCodes.Status201Created);
            return new CreatedResult($"/api/scenarios/{session.Id}", snapshot);
        }
        finally
        {
            session.Gate.Release();
        }
    }

    private static Task<IResult> Describe(string id, DescribeScenarioRequest request, ScenarioStore store, ClaimsPrincipal user, CancellationToken ct)
    {
        var title = request.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 300)
        {
            throw PlannerProblem.BadRequest("Tên phương án không được để trống và không dài quá 300 ký tự.");
        }

        return LockedAsync(store, id, ct, async session =>
        {
            await session.DescribeAsync(request.Version, title, request.Description, request.EffectiveDate, PeopleGate.NameOf(user), ct);
            return Results.Ok(ScenarioState.Of(session));
        });
    }

    /// <summary>Adds a Location header to another result.</summary>
    private sealed class CreatedResult(string location, IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
