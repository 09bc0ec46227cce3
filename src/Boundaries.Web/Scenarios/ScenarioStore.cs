using System.Collections.Concurrent;

namespace Boundaries.Web.Scenarios;

/// <summary>The saved scenarios, kept on a <see cref="IScenarioShelf"/> (files or shared records), each opened into a <see cref="ScenarioSession"/> that is reused while it holds the latest version.</summary>
internal sealed class ScenarioStore
{
    private readonly PlannerContext _context;
    private readonly ConcurrentDictionary<string, Lazy<Task<ScenarioSession>>> _sessions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _creating = new(1, 1);

    /// <summary>Serves the scenarios kept on <paramref name="shelf"/>.</summary>
    public ScenarioStore(PlannerContext context, IScenarioShelf shelf)
    {
        _context = context;
        Shelf = shelf;
    }

    /// <summary>Where the scenarios are kept.</summary>
    public IScenarioShelf Shelf { get; }

    /// <summary>Every scenario kept, including files added by hand; unreadable ones say why.</summary>
    public async Task<IReadOnlyList<ScenarioSummary>> ListAsync(CancellationToken ct)
    {
        var list = new List<ScenarioSummary>();
        foreach (var kept in await Shelf.ListAsync(ct))
        {
            try
            {
                var session = await OpenAsync(kept.Id, ct);
                list.Add(new ScenarioSummary(kept.Id, session.Scenario.Title, session.Version, session.Scenario.Operations.Count, kept.Updated, null));
            }
            catch (PlannerProblem e) when (e.Status == StatusCodes.Status422UnprocessableEntity)
            {
                list.Add(new ScenarioSummary(kept.Id, kept.Id, 0, 0, kept.Updated, e.Message));
            }
        }

        return list.OrderByDescending(s => s.Updated).ToList();
    }

    /// <summary>The open scenario with this id, opening (and replaying) it on first use, and again when someone else saved a newer version.</summary>
    /// <exception cref="PlannerProblem">404 when there is no such scenario, 422 when it cannot be read.</exception>
    public async Task<ScenarioSession> OpenAsync(string id, CancellationToken ct)
    {
        if (!ScenarioIds.IsValid(id))
        {
            throw PlannerProblem.ScenarioNotFound(id);
        }

        var session = await CachedAsync(id);
        if (await Shelf.IsLatestAsync(id, session.Version, ct))
        {
            return session;
        }

        // Saved elsewhere since (another planner, another server, the command line): open the latest.
        _sessions.TryRemove(id, out _);
        return await CachedAsync(id);
    }

    /// <summary>The scenario as it stands (the operations applied so far), read under its gate.</summary>
    public async Task<Scenario> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var session = await OpenAsync(id, cancellationToken);
        await session.Gate.WaitAsync(cancellationToken);
        try
        {
            return session.Deleted ? throw PlannerProblem.ScenarioNotFound(id) : session.Scenario;
        }
        finally
        {
            session.Gate.Release();
        }
    }

    /// <summary>Saves a new scenario under an id made from its title and opens it; operations the engine refuses wait in redo.</summary>
    public async Task<ScenarioSession> CreateAsync(Scenario scenario, ScenarioChange change, CancellationToken ct)
    {
        await _creating.WaitAsync(ct);
        try
        {
            var kept = (await Shelf.ListAsync(ct)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var id = ScenarioIds.FromTitle(scenario.Title, candidate => kept.Contains(candidate) || _sessions.ContainsKey(candidate));
            // The shelf keeps every operation given, even one the engine refuses now: that one waits in redo.
            await Shelf.SaveAsync(id, scenario, 1, change, ct);
            var session = new ScenarioSession(_context, Shelf, id, scenario, 1);
            _sessions[id] = new Lazy<Task<ScenarioSession>>(Task.FromResult(session));
            return session;
        }
        finally
        {
            _creating.Release();
        }
    }

    /// <summary>Deletes a scenario when the client read its current version.</summary>
    public async Task DeleteAsync(string id, long expectedVersion, CancellationToken ct)
    {
        var session = await OpenAsync(id, ct);
        await session.Gate.WaitAsync(ct);
        try
        {
            if (session.Deleted)
            {
                throw PlannerProblem.ScenarioNotFound(id);
            }

            if (session.Version != expectedVersion)
            {
                throw await Shelf.ConflictAsync(id, expectedVersion, session.Version, ct);
            }

            await Shelf.DeleteAsync(id, ct);
            session.Deleted = true;
            _sessions.TryRemove(id, out _);
        }
        finally
        {
            session.Gate.Release();
        }
    }

    private async Task<ScenarioSession> CachedAsync(string id)
    {
        var lazy = _sessions.GetOrAdd(id, key => new Lazy<Task<ScenarioSession>>(() => LoadAsync(key)));
        try
        {
            var session = await lazy.Value;
            return session.Deleted ? throw PlannerProblem.ScenarioNotFound(id) : session;
        }
        catch (PlannerProblem) when (lazy.Value.IsFaulted)
        {
            // A broken or missing scenario is read again next time: the planner may fix or add it by hand meanwhile.
            _sessions.TryRemove(new KeyValuePair<string, Lazy<Task<ScenarioSession>>>(id, lazy));
            throw;
        }
    }

    // Opening is shared by every request waiting for it, so no single request's cancellation stops it.
    private async Task<ScenarioSession> LoadAsync(string id)
    {
        try
        {
            var (scenario, version) = await Shelf.ReadAsync(id, CancellationToken.None);
            return new ScenarioSession(_context, Shelf, id, scenario, version);
        }
        catch (InputDataException e)
        {
            throw new PlannerProblem(StatusCodes.Status422UnprocessableEntity, "scenario-file-invalid", "Tệp phương án không đọc được", e.Message);
        }
        catch (FileNotFoundException)
        {
            throw PlannerProblem.ScenarioNotFound(id);
        }
    }
}
