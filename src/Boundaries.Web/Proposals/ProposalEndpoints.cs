using Boundaries.Web.Evaluation;
using Boundaries.Core.Scenarios.Suggestions;

namespace Boundaries.Web.Proposals;

/// <summary>What a planner asks before changing anything: the compliance of an operation not yet applied, the neighbours to merge a unit with, and how two scenarios differ.</summary>
internal static class ProposalEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Proposals");
        api.MapPost("/preview", Preview)
            .WithName("PreviewOperation").WithSummary("Evaluates one operation on the baseline or on a scenario as it stands, without applying or saving it: the units it would change, their % of each standard and the rule that would apply.")
            .WithDescription("422 with the engine's reason when the operation would be refused.")
            .Produces<OperationPreview>().ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/suggestions/{code}", Suggest)
            .WithName("SuggestMergePartners").WithSummary("The neighbours of a commune ranked by what merging with each would give (as `boundaries scenario suggest`), on the baseline or on ?scenario= as it stands.")
            .Produces<SuggestionList>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/scenarios/{id}/diff/{other}", Diff)
            .WithName("CompareScenarios").WithSummary("How two saved scenarios differ (as `boundaries scenario diff --project`): details, operations, and the units they produce.")
            .Produces<ScenarioDiff>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Preview(PreviewRequest request, DateOnly? asOf, ScenarioStore store, PlannerContext context, CancellationToken ct)
    {
        var operation = OperationJson.Parse(request.Operation);
        var scenario = request.Scenario is { } id ? await store.ReadAsync(id, ct) : null;
        var date = AsOfDate.Choose(asOf, scenario?.EffectiveDate, context.Options);
        return Results.Ok(AsOfDate.Evaluate(date, () => OperationPreview.Of(context, scenario?.Operations ?? [], operation, date)));
    }

    private static async Task<IResult> Suggest(string code, string? scenario, DateOnly? asOf, ScenarioStore store, PlannerContext context, CancellationToken ct)
    {
        var opened = scenario is { } id ? await store.ReadAsync(id, ct) : null;
        var workspace = ScenarioEngine.Replay(context.Baseline, opened?.Operations ?? [], out _);
        var unit = string.IsNullOrWhiteSpace(code) ? null : workspace.Find(new UnitCode(code));
        if (unit is null)
        {
            throw new PlannerProblem(StatusCodes.Status404NotFound, "unit-not-found", "Không tìm thấy đơn vị", $"Không có đơn vị mã {code} trong bản đồ.");
        }

        var date = AsOfDate.Choose(asOf, opened?.EffectiveDate, context.Options);
        var suggestions = AsOfDate.Evaluate(date, () => MergeSuggester.For(workspace, unit.Code, context.Options.Catalogue, new EvaluationOptions(date)));
        return Results.Ok(SuggestionList.Of(unit, date, suggestions));
    }

    private static async Task<IResult> Diff(string id, string other, ScenarioStore store, PlannerContext context, CancellationToken ct)
    {
        var left = await store.ReadAsync(id, ct);
        var right = await store.ReadAsync(other, ct);
        return Results.Ok(ScenarioDiff.Of(context, (id, left), (other, right)));
    }
}

/// <summary>An operation to evaluate without applying it.</summary>
/// <param name="Operation">One operation as in a scenario file.</param>
/// <param name="Scenario">The scenario it would be applied to; null for the baseline.</param>
public sealed record PreviewRequest(JsonElement Operation, string? Scenario);
