using System.Collections.Concurrent;
using Boundaries.Core.Scenarios;
using Boundaries.Data;
using Boundaries.Web.Hosting;

namespace Boundaries.Web.Scenarios;

/// <summary>The saved scenarios: files in the scenarios folder, each opened at most once into a <see cref="ScenarioSession"/>.</summary>
internal sealed class ScenarioStore
{
    private readonly PlannerContext _context;
    private readonly ConcurrentDictionary<string, Lazy<ScenarioSession>> _sessions = new(StringComparer.Ordinal);
    private readonly Lock _creating = new();

    /// <summary>Serves the scenarios of <paramref name="folder"/>.</summary>
    public ScenarioStore(PlannerContext context, ScenarioFolder folder)
    {
        _context = context;
        Folder = folder;
    }

    /// <summary>The folder the files are in.</summary>
    public ScenarioFolder Folder { get; }

    /// <summary>Every scenario in the folder, including files added by hand; unreadable ones say why.</summary>
    public IReadOnlyList<ScenarioSummary> List()
    {
        var list = new List<ScenarioSummary>();
        foreach (var id in Folder.Ids())
        {
            try
            {
                var session = Open(id);
                list.Add(new ScenarioSummary(id, session.Scenario.Title, session.Version, session.Scenario.Operations.Count, Folder.Updated(id), null));
            }
            catch (PlannerProblem e) when (e.Status == StatusCodes.Status422UnprocessableEntity)
            {
                list.Add(new ScenarioSummary(id, id, 0, 0, Folder.Updated(id), e.Message));
            }
        }

        return list.OrderByDescending(s => s.Updated).ToList();
    }

    /// <summary>The open scenario with this id, opening (and replaying) it on first use.</summary>
    /// <exception cref="PlannerProblem">404 when there is no such scenario, 422 when its file cannot be read.</exception>
    public ScenarioSession Open(string id)
    {
        if (!ScenarioIds.IsValid(id) || !Folder.Exists(id) && !_sessions.ContainsKey(id))
        {
            throw PlannerProblem.ScenarioNotFound(id);
        }

        var lazy = _sessions.GetOrAdd(id, key => new Lazy<ScenarioSession>(() => Load(key)));
        try
        {
            var session = lazy.Value;
            return session.Deleted ? throw PlannerProblem.ScenarioNotFound(id) : session;
        }
        catch (PlannerProblem e) when (e.Status != StatusCodes.Status404NotFound)
        {
            // A broken file is read again next time: the planner may fix it by hand meanwhile.
            _sessions.TryRemove(new KeyValuePair<string, Lazy<ScenarioSession>>(id, lazy));
            throw;
        }
    }

    /// <summary>The scenario as it stands (the operations applied so far), read under its gate.</summary>
    public async Task<Scenario> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var session = Open(id);
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
    public ScenarioSession Create(Scenario scenario)
    {
        lock (_creating)
        {
            var id = ScenarioIds.FromTitle(scenario.Title, candidate => Folder.Exists(candidate) || _sessions.ContainsKey(candidate));
            // The file keeps every operation given, even one the engine refuses now: that one waits in redo.
            Folder.Write(id, scenario, 1);
            var session = new ScenarioSession(_context, id, scenario, 1, Save);
            _sessions[id] = new Lazy<ScenarioSession>(session);
            return session;
        }
    }

    /// <summary>Deletes a scenario when the client read its current version.</summary>
    public async Task DeleteAsync(string id, long expectedVersion, CancellationToken cancellationToken)
    {
        var session = Open(id);
        await session.Gate.WaitAsync(cancellationToken);
        try
        {
            if (session.Deleted)
            {
                throw PlannerProblem.ScenarioNotFound(id);
            }

            if (session.Version != expectedVersion)
            {
                throw PlannerProblem.VersionConflict(id, expectedVersion, session.Version);
            }

            Folder.Delete(id);
            session.Deleted = true;
            _sessions.TryRemove(id, out _);
        }
        finally
        {
            session.Gate.Release();
        }
    }

    private ScenarioSession Load(string id)
    {
        try
        {
            var (scenario, version) = Folder.Read(id);
            return new ScenarioSession(_context, id, scenario, version, Save);
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

    private void Save(ScenarioSession session) => Folder.Write(session.Id, session.Scenario, session.Version);
}
