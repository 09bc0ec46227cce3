using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Scenarios.Results;
using Boundaries.Core.Scenarios.Steps;

namespace Boundaries.Core.Scenarios;

/// <summary>A working copy of a map to which scenario operations are applied one at a time, each checked before it is kept.</summary>
/// <remarks>
/// The baseline is never changed. Each operation replaces only the units it touches and checks, before it is kept:
/// the province's area (relative 1e-9) and population (exact) are conserved, no gap or overlap is introduced, every
/// unit is one piece unless declared an island, every unit has one parent of the level above. A refused operation
/// leaves the workspace as it was.
/// </remarks>
public sealed class ScenarioWorkspace
{
    private readonly WorkingMap _working;
    private ScenarioResult? _result;

    /// <summary>Starts from <paramref name="baseline"/>.</summary>
    public ScenarioWorkspace(AdminMap baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        _working = new WorkingMap(baseline);
    }

    /// <summary>The map the workspace started from.</summary>
    public AdminMap Baseline => _working.Baseline;

    /// <summary>How many operations have been applied.</summary>
    public int OperationsApplied => _working.Committed;

    /// <summary>One entry per applied operation.</summary>
    public IReadOnlyList<ChangeLogEntry> Log => _working.Log;

    /// <summary>The current units, in the baseline's order with new units in the place of those they replace.</summary>
    public IEnumerable<AdminUnit> Units => _working.Units;

    /// <summary>Area (km²) that the input counted twice, where united polygons overlapped, and that is now counted once.</summary>
    /// <remarks>The province's area after the scenario plus this equals its area before.</remarks>
    public double InputOverlapRemovedKm2 => _working.InputOverlapRemovedKm2;

    /// <summary>Which current commune-level units share a boundary, with its length; built on first use, then updated by each operation.</summary>
    public Coverage.Neighbours.Adjacency Adjacency => _working.Adjacency;

    /// <summary>Units formed by an arrangement so far, with how many units of their level each was formed from.</summary>
    public IReadOnlyDictionary<UnitCode, int> FormedUnits => _working.Formed;

    /// <summary>The current unit with this code, or null.</summary>
    public AdminUnit? Find(UnitCode code) => _working.Find(code);

    /// <summary>The current units directly below a unit.</summary>
    public IReadOnlyList<AdminUnit> ChildrenOf(UnitCode code) => [.. _working.ChildrenOf(code)];

    /// <summary>The declared area (km²) added to a commune's polygon area so far; negative when declared area left it.</summary>
    public double DeclaredAreaKm2Of(UnitCode code) => _working.DeclaredAreaKm2Of(code);

    /// <summary>Applies the next operation, or refuses it and leaves the workspace unchanged.</summary>
    public OperationOutcome Apply(ScenarioOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var context = new StepContext(_working, _working.Committed + 1, operation.Kind);
        var refusal = operation switch
        {
            MergeOperation m => MergeStep.Plan(context, m),
            TransferOperation t => TransferStep.Plan(context, t),
            ReassignOperation r => ReassignStep.Plan(context, r),
            EstablishOperation e => EstablishStep.Plan(context, e),
            ChangeTypeOperation c => ChangeTypeStep.Plan(context, c),
            RenameOperation n => RenameStep.Plan(context, n),
            DissolveOperation d => DissolveStep.Plan(context, d),
            _ => throw new ArgumentException($"Unknown operation {operation.GetType().Name}", nameof(operation)),
        };
        refusal ??= InvariantChecks.Check(_working, context.Change);
        if (refusal is not null)
        {
            return new OperationOutcome(context.Change.Number, null, refusal, []);
        }

        if (operation.Note is { } note)
        {
            context.Change.Notes.Insert(0, note);
        }

        _working.Commit(context.Change);
        _result = null;
        return new OperationOutcome(context.Change.Number, _working.Log[^1], null, context.Change.Units.Values.OfType<AdminUnit>().ToList());
    }

    /// <summary>The map, change report and code table as they stand.</summary>
    public ScenarioResult ToResult(Scenario? scenario = null, OperationRefusal? refusal = null)
    {
        if (_result is not null && _result.Scenario == scenario && _result.Refusal == refusal)
        {
            return _result;
        }

        var map = ResultMap.Build(_working);
        var before = new ScenarioFigures(_working.Baseline);
        var after = new ScenarioFigures(map, new Dictionary<UnitCode, double>(_working.DeclaredAreaKm2));
        return _result = new ScenarioResult
        {
            Scenario = scenario,
            Baseline = _working.Baseline,
            Map = map,
            BaselineFigures = before,
            Figures = after,
            Log = [.. _working.Log],
            Changes = ChangeReport.Build(_working, before, after),
            CodeTable = CodeTable.Build(_working, before, map),
            Declared = [.. _working.Declared],
            InputOverlapRemovedKm2 = _working.InputOverlapRemovedKm2,
            FormedUnits = new Dictionary<UnitCode, int>(_working.Formed),
            Refusal = refusal,
        };
    }
}
