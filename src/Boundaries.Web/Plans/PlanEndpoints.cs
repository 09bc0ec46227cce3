using Boundaries.Core.Planning;
using Boundaries.Core.Standards;
using Boundaries.Data.Scenarios;
using Boundaries.Planning;

namespace Boundaries.Web.Plans;

/// <summary>Whole-province plans (issue 16) offered to the planner group by group: computed as <c>boundaries plan</c> computes them, or read from its file.</summary>
internal static class PlanEndpoints
{
    /// <summary>The orientation <c>boundaries plan --rules</c> defaults to.</summary>
    private const string DefaultRules = "nq76-2025";

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/plans").WithTags("Plans");
        api.MapPost("/", Compute)
            .WithName("ProposePlan").WithSummary("Plans every commune of the baseline or of ?scenario= as it stands (as `boundaries plan` with its defaults) and answers the groups, each with its figures, verdict, explanation and merge.")
            .Produces<PlanProposal>().ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/read", Read)
            .WithName("ReadPlan").WithSummary("Reads a scenario file written by `boundaries plan` as groups on the baseline or on the scenario given, skipping the operations that scenario already holds.")
            .Produces<PlanProposal>().ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> Compute(PlanRequest request, ScenarioStore store, PlannerContext context, CancellationToken ct)
    {
        var opened = request.Scenario is { } id ? await store.ReadAsync(id, ct) : null;
        var orientation = OrientationOf(context, request.Rules);
        var map = MapOf(context, opened);
        if (request.TargetUnits is < 1 || request.TargetUnits > map.Communes.Count())
        {
            throw PlannerProblem.BadRequest($"Số đơn vị sau sắp xếp phải từ 1 đến {map.Communes.Count()}.");
        }

        // The rules `boundaries plan` takes when given no option but --target-units (its --seed defaults to 1).
        var rules = new PlanRules { TargetUnits = request.TargetUnits, Seed = 1 };
        var outcome = await Task.Run(() => ArrangementPlanner.Plan(map, orientation, rules, new CpSatPartitionSolver()), ct);
        if (outcome.Infeasible is { } why)
        {
            throw new PlannerProblem(StatusCodes.Status422UnprocessableEntity, "plan-infeasible", "Không lập được phương án", why + ".");
        }

        var baseline = new ScenarioBaseline(context.Options.DatasetName, context.Options.UnitsAsOf);
        var plan = PlanScenario.Build(outcome.Plans[0], orientation, baseline, opened, rules.Seed);
        return Results.Ok(PlanProposal.Of(plan, opened, map, orientation));
    }

    private static async Task<IResult> Read(PlanFileRequest request, ScenarioStore store, PlannerContext context, CancellationToken ct)
    {
        var opened = request.Scenario is { } id ? await store.ReadAsync(id, ct) : null;
        var orientation = OrientationOf(context, request.Rules);
        if (request.Plan.ValueKind != JsonValueKind.Object)
        {
            throw PlannerProblem.BadRequest("\"plan\" phải là nội dung tệp phương án do lệnh boundaries plan lập (JSON).");
        }

        var plan = ScenarioFile.Parse(request.Plan.GetRawText(), "tệp phương án tổng thể");
        var map = MapOf(context, opened);
        return Results.Ok(PlanProposal.Of(plan, opened, map, orientation));
    }

    // The map the plan is made on or read against: the scenario's as it stands, else the baseline.
    private static AdminMap MapOf(PlannerContext context, Scenario? opened) =>
        opened is null ? context.Baseline : ScenarioEngine.Apply(context.Baseline, opened).Map;

    private static Orientation OrientationOf(PlannerContext context, string? rules)
    {
        var id = string.IsNullOrWhiteSpace(rules) ? DefaultRules : rules;
        return context.Options.Catalogue.Orientations.FirstOrDefault(o => o.Id == id)
            ?? throw PlannerProblem.BadRequest($"Không có định hướng “{id}”; danh mục có: {string.Join(", ", context.Options.Catalogue.Orientations.Select(o => o.Id))}.");
    }
}

/// <summary>A plan to compute.</summary>
/// <param name="Scenario">The scenario to plan on as it stands; null for the baseline.</param>
/// <param name="Rules">The orientation (an id of data/standards); null for nq76-2025, as <c>boundaries plan</c>.</param>
/// <param name="TargetUnits">The number of new units; null for the default cut of 60 %.</param>
public sealed record PlanRequest(string? Scenario, string? Rules, int? TargetUnits);

/// <summary>A plan file to read.</summary>
/// <param name="Plan">The scenario file written by <c>boundaries plan</c>.</param>
/// <param name="Scenario">The scenario it is offered to; null for the baseline.</param>
/// <param name="Rules">The orientation the groups are judged by; null for nq76-2025.</param>
public sealed record PlanFileRequest(JsonElement Plan, string? Scenario, string? Rules);
