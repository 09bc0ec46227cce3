using Boundaries.Data.Scenarios;
using Boundaries.Data.Store.Postgis;

namespace Boundaries.Web.Scenarios;

/// <summary>The scenarios of a shared project: the versioned records <c>boundaries scenario get|save|submit</c> and <c>dossier --scenario ID</c> use.</summary>
/// <remarks>Every save is a new version by the logged-in person, recorded in the audit log; a save from a stale version, or of a submitted scenario, is refused by the database and answered 409 with who changed it, when and what.</remarks>
internal sealed class SharedScenarioShelf(PostgisLocation project) : IScenarioShelf
{
    public async Task<IReadOnlyList<ShelvedScenario>> ListAsync(CancellationToken ct) =>
        (await new SharedScenarios(project).ListAsync(ct)).Where(v => ScenarioIds.IsValid(v.Id)).Select(v => new ShelvedScenario(v.Id, v.SavedAt)).ToList();

    public string? FileName(string id) => null;

    public async Task<bool> ExistsAsync(string id, CancellationToken ct) => await new SharedScenarios(project).GetAsync(id, ct) is not null;

    public async Task<(Scenario Scenario, long Version)> ReadAsync(string id, CancellationToken ct)
    {
        var found = await new SharedScenarios(project).GetAsync(id, ct) ?? throw new FileNotFoundException($"no shared scenario '{id}'");
        return (ScenarioFile.Parse(found.Json, $"{project.Display} scenario {id}"), found.Version.Version);
    }

    public async Task SaveAsync(string id, Scenario scenario, long version, ScenarioChange change, CancellationToken ct)
    {
        try
        {
            await new SharedScenarios(project, change.Who).SaveAsync(id, ScenarioFile.ToJson(scenario, schema: null), checked((int)version - 1), change.What, ct);
        }
        catch (ScenarioConflictException e)
        {
            throw Refusal(e, version - 1);
        }
    }

    public Task DeleteAsync(string id, CancellationToken ct) => throw new PlannerProblem(
        StatusCodes.Status409Conflict,
        "shared-scenario-kept",
        "Không xóa phương án dùng chung",
        $"Phương án \"{id}\" là phương án dùng chung của dự án: mọi phiên bản của nó được giữ lại trong nhật ký thay đổi, không xóa được.");

    public async Task<bool> IsLatestAsync(string id, long version, CancellationToken ct) =>
        await new SharedScenarios(project).GetAsync(id, ct) is not { } found || found.Version.Version == version;

    public async Task<PlannerProblem> ConflictAsync(string id, long expected, long current, CancellationToken ct) =>
        await new SharedScenarios(project).GetAsync(id, ct) is { } found
            ? Refusal(found.Version.IsSubmitted ? ScenarioConflictException.Submitted(found.Version) : ScenarioConflictException.Stale(found.Version, expected), expected)
            : PlannerProblem.VersionConflict(id, expected, current);

    /// <summary>409 with the database's refusal: "version-conflict" naming who saved since, or "scenario-submitted" for a locked scenario.</summary>
    private static PlannerProblem Refusal(ScenarioConflictException e, long expected)
    {
        var v = e.Current;
        return new PlannerProblem(
            StatusCodes.Status409Conflict,
            v.IsSubmitted ? "scenario-submitted" : "version-conflict",
            v.IsSubmitted ? "Phương án đã trình, không sửa được" : "Phương án đã được người khác sửa",
            e.Message,
            new Dictionary<string, object?>
            {
                ["currentVersion"] = (long)v.Version,
                ["expectedVersion"] = expected,
                ["savedBy"] = v.SavedBy,
                ["savedAt"] = v.SavedAt,
                ["change"] = v.Change,
                ["submittedBy"] = v.SubmittedBy,
            });
    }
}
