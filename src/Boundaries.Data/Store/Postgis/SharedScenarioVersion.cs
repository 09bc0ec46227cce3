namespace Boundaries.Data.Store.Postgis;

/// <summary>One saved version of a shared scenario: its number, who saved it, when, and the change in words.</summary>
/// <param name="Id">The scenario's id (its file name without .json).</param>
/// <param name="Version">1 for the first save, then one more per save.</param>
/// <param name="SavedBy">The person (web account) or database user who saved it.</param>
/// <param name="SavedAt">When it was saved.</param>
/// <param name="Change">What changed, in the planner's words (e.g. "Thêm thao tác: nhập Phường 2 vào Phường 3").</param>
/// <param name="SubmittedBy">Who locked it as submitted, or null while it can still be edited.</param>
/// <param name="SubmittedAt">When it was submitted.</param>
public sealed record SharedScenarioVersion(string Id, int Version, string SavedBy, DateTimeOffset SavedAt, string Change, string? SubmittedBy = null, DateTimeOffset? SubmittedAt = null)
{
    /// <summary>Whether the scenario is locked as submitted.</summary>
    public bool IsSubmitted => SubmittedBy is not null;
}
