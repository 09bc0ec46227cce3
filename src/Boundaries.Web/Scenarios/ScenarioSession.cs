using Boundaries.Core.Scenarios.Steps;
using Boundaries.Web.Display;

namespace Boundaries.Web.Scenarios;

/// <summary>One open scenario: its operations applied to a workspace, the operations undone (for redo), and its version.</summary>
/// <remarks>
/// Every change checks the version the client read, moves it on by one and is saved on the shelf as made by the
/// person who asked, so of two tabs (or two planners) editing the same scenario the second is refused with 409
/// rather than merged. Callers hold <see cref="Gate"/> around every use.
/// Undo replays the remaining operations on a fresh workspace: the engine applies forward only, and a merge costs
/// about a millisecond.
/// </remarks>
internal sealed class ScenarioSession
{
    private readonly PlannerContext _context;
    private readonly IScenarioShelf _shelf;
    private readonly List<ScenarioOperation> _redo = [];
    private ScenarioWorkspace _workspace;
    private (long Version, DateOnly AsOf, ScenarioView View)? _view;

    /// <summary>Opens a scenario: replays its operations and keeps those after a refused one for redo.</summary>
    public ScenarioSession(PlannerContext context, IScenarioShelf shelf, string id, Scenario scenario, long version)
    {
        _context = context;
        _shelf = shelf;
        Outlines = new DistrictOutlines(context.BaselineOutlines);
        Id = id;
        Version = version;
        Scenario = scenario;
        _workspace = Replay(scenario.Operations, out var applied, out var refusal);
        if (refusal is not null)
        {
            Refusal = refusal;
            _redo.AddRange(scenario.Operations.Skip(applied).Reverse());
            Scenario = scenario with { Operations = [.. scenario.Operations.Take(applied)] };
        }
    }

    /// <summary>The id (file name without ".json").</summary>
    public string Id { get; }

    /// <summary>The name of its file in the scenarios folder, or null when it is a shared record in the project's database.</summary>
    public string? FileName => _shelf.FileName(Id);

    /// <summary>Serialises the requests on this scenario.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>The scenario with the operations applied so far.</summary>
    public Scenario Scenario { get; private set; }

    /// <summary>Moves on by one with every saved change.</summary>
    public long Version { get; private set; }

    /// <summary>Why a stored operation could not be applied when the scenario was opened; cleared by the next change.</summary>
    public OperationRefusal? Refusal { get; private set; }

    /// <summary>Operations that redo would apply again, the next one last.</summary>
    public IReadOnlyList<ScenarioOperation> RedoStack => _redo;

    /// <summary>True once the scenario has been deleted; requests on it are answered 404.</summary>
    public bool Deleted { get; set; }

    /// <summary>District outlines of this scenario's map.</summary>
    public DistrictOutlines Outlines { get; }

    /// <summary>The current unit with this code, or null.</summary>
    public AdminUnit? Find(UnitCode code) => _workspace.Find(code);

    /// <summary>What an operation does, in Vietnamese, with the units' names.</summary>
    public string Describe(ScenarioOperation operation) =>
        OperationDescription.Of(operation, code => _context.Baseline.Find(code)?.FullName ?? Find(code)?.FullName ?? code.Value);

    /// <summary>Applies an operation and saves it as <paramref name="who"/>'s; returns the refusal and changes nothing when the engine refuses it.</summary>
    public async Task<OperationRefusal?> ApplyAsync(ScenarioOperation operation, long expectedVersion, string? who, CancellationToken ct)
    {
        await CheckVersionAsync(expectedVersion, ct);
        var refusal = ApplyToWorkspace(_workspace, operation);
        if (refusal is not null)
        {
            return refusal;
        }

        var redo = _redo.ToList();
        _redo.Clear();
        await CommitAsync(Scenario.Operations, [.. Scenario.Operations, operation], redo, new(who, $"Thêm thao tác: {Describe(operation)}"), ct);
        return null;
    }

    /// <summary>Takes back the last operation and saves.</summary>
    public async Task UndoAsync(long expectedVersion, string? who, CancellationToken ct)
    {
        await CheckVersionAsync(expectedVersion, ct);
        if (Scenario.Operations.Count == 0)
        {
            throw Nothing("undo", "Không còn thao tác nào để hoàn tác.");
        }

        var operations = Scenario.Operations;
        _workspace = Replay(operations.Take(operations.Count - 1).ToList(), out _, out _);
        _redo.Add(operations[^1]);
        await CommitAsync(operations, [.. operations.Take(operations.Count - 1)], [.. _redo.Take(_redo.Count - 1)], new(who, $"Hoàn tác: {Describe(operations[^1])}"), ct);
    }

    /// <summary>Applies the last operation undone again and saves; returns the refusal when the engine refuses it now.</summary>
    public async Task<OperationRefusal?> RedoAsync(long expectedVersion, string? who, CancellationToken ct)
    {
        await CheckVersionAsync(expectedVersion, ct);
        if (_redo.Count == 0)
        {
            throw Nothing("redo", "Không có thao tác nào để làm lại.");
        }

        var operation = _redo[^1];
        var refusal = ApplyToWorkspace(_workspace, operation);
        if (refusal is not null)
        {
            return refusal;
        }

        _redo.RemoveAt(_redo.Count - 1);
        await CommitAsync(Scenario.Operations, [.. Scenario.Operations, operation], [.. _redo, operation], new(who, $"Làm lại: {Describe(operation)}"), ct);
        return null;
    }

    /// <summary>Changes the title, description and effective date, and saves.</summary>
    public async Task DescribeAsync(long expectedVersion, string title, string? description, DateOnly? effectiveDate, string? who, CancellationToken ct)
    {
        await CheckVersionAsync(expectedVersion, ct);
        var before = Scenario;
        Scenario = Scenario with { Title = title, Description = description, EffectiveDate = effectiveDate };
        try
        {
            Version++;
            await _shelf.SaveAsync(Id, Scenario, Version, new(who, $"Sửa tên, mô tả, ngày hiệu lực: {title}"), ct);
        }
        catch
        {
            Version--;
            Scenario = before;
            throw;
        }

        _view = null;
    }

    /// <summary>The scenario as it stands, evaluated as of <paramref name="asOf"/>; kept until the next change.</summary>
    public ScenarioView View(DateOnly asOf)
    {
        if (_view is { } cached && cached.Version == Version && cached.AsOf == asOf)
        {
            return cached.View;
        }

        var view = ScenarioView.Build(_context, _workspace, Scenario, asOf, Outlines, Refusal);
        _view = (Version, asOf, view);
        return view;
    }

    /// <summary>Keeps the new operation list and saves it; on a failed save puts the workspace, the list and the redo stack back.</summary>
    private async Task CommitAsync(IReadOnlyList<ScenarioOperation> before, IReadOnlyList<ScenarioOperation> after, List<ScenarioOperation> redoBefore, ScenarioChange change, CancellationToken ct)
    {
        var scenario = Scenario;
        var refusal = Refusal;
        Scenario = Scenario with { Operations = after, Date = DateOnly.FromDateTime(DateTime.Now) };
        Refusal = null;
        Version++;
        try
        {
            await _shelf.SaveAsync(Id, Scenario, Version, change, ct);
        }
        catch
        {
            Version--;
            Scenario = scenario;
            Refusal = refusal;
            _redo.Clear();
            _redo.AddRange(redoBefore);
            _workspace = Replay(before, out _, out _);
            throw;
        }

        _view = null;
    }

    private OperationRefusal? ApplyToWorkspace(ScenarioWorkspace workspace, ScenarioOperation operation) =>
        ShapedOperation.Apply(_context, Outlines, workspace, operation);

    private ScenarioWorkspace Replay(IReadOnlyList<ScenarioOperation> operations, out int applied, out OperationRefusal? refusal)
    {
        var workspace = new ScenarioWorkspace(_context.Baseline);
        applied = 0;
        refusal = null;
        foreach (var operation in operations)
        {
            refusal = ApplyToWorkspace(workspace, operation);
            if (refusal is not null)
            {
                break;
            }

            applied++;
        }

        return workspace;
    }

    private async Task CheckVersionAsync(long expected, CancellationToken ct)
    {
        if (Deleted)
        {
            throw PlannerProblem.ScenarioNotFound(Id);
        }

        if (expected != Version)
        {
            throw await _shelf.ConflictAsync(Id, expected, Version, ct);
        }
    }

    private static PlannerProblem Nothing(string what, string detail) =>
        new(StatusCodes.Status409Conflict, $"nothing-to-{what}", "Không thể thực hiện", detail);
}
