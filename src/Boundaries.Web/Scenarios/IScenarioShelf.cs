namespace Boundaries.Web.Scenarios;

/// <summary>Where the planner keeps its scenarios: files in a folder (a GeoPackage project), or the shared versioned records of a project in PostgreSQL.</summary>
/// <remarks>The endpoints and <see cref="ScenarioStore"/> see only this, so they do not care which; a version is 1 for a new scenario and one more per saved change.</remarks>
internal interface IScenarioShelf
{
    /// <summary>Every scenario kept, with when it was last saved.</summary>
    Task<IReadOnlyList<ShelvedScenario>> ListAsync(CancellationToken ct);

    /// <summary>The name of the file a scenario is kept in, or null when it is a record in the database.</summary>
    string? FileName(string id);

    /// <summary>True when a scenario with this id is kept.</summary>
    Task<bool> ExistsAsync(string id, CancellationToken ct);

    /// <summary>Reads a scenario and its version.</summary>
    /// <exception cref="InputDataException">It cannot be read as a scenario.</exception>
    /// <exception cref="FileNotFoundException">There is no such scenario.</exception>
    Task<(Scenario Scenario, long Version)> ReadAsync(string id, CancellationToken ct);

    /// <summary>Saves <paramref name="version"/> of a scenario, made from the version before it.</summary>
    /// <exception cref="PlannerProblem">409 when someone saved since, or the scenario is locked.</exception>
    Task SaveAsync(string id, Scenario scenario, long version, ScenarioChange change, CancellationToken ct);

    /// <summary>Deletes a scenario.</summary>
    /// <exception cref="PlannerProblem">409 when the shelf keeps every scenario for good.</exception>
    Task DeleteAsync(string id, CancellationToken ct);

    /// <summary>True when <paramref name="version"/> is still the latest one kept: a planner's open copy may be reused.</summary>
    Task<bool> IsLatestAsync(string id, long version, CancellationToken ct);

    /// <summary>The 409 for a change made from <paramref name="expected"/> when the open copy is at <paramref name="current"/>: who changed it since, when possible.</summary>
    Task<PlannerProblem> ConflictAsync(string id, long expected, long current, CancellationToken ct);
}

/// <summary>A kept scenario in a list.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Updated">When it was last saved.</param>
internal sealed record ShelvedScenario(string Id, DateTimeOffset Updated);

/// <summary>Who made a change and what it was, in the planner's words, for the others and the audit log.</summary>
/// <param name="Who">The logged-in person; null when the planner has no accounts.</param>
/// <param name="What">The change ("Thêm thao tác: nhập …").</param>
internal sealed record ScenarioChange(string? Who, string What);
