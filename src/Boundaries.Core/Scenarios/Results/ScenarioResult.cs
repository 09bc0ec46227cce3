using Boundaries.Core.Scenarios.Steps;

namespace Boundaries.Core.Scenarios.Results;

/// <summary>What a scenario produced: the new map, the change log, before → after per affected unit and the old→new code table.</summary>
/// <remarks>When an operation is refused, the result holds the map after the operations before it and says why in <see cref="Refusal"/>.</remarks>
public sealed record ScenarioResult
{
    /// <summary>The scenario applied, when it came from one.</summary>
    public Scenario? Scenario { get; init; }

    /// <summary>The baseline, unchanged.</summary>
    public required AdminMap Baseline { get; init; }

    /// <summary>The map after the applied operations.</summary>
    public required AdminMap Map { get; init; }

    /// <summary>Figures of the baseline on the scenario basis (communes summed).</summary>
    public required ScenarioFigures BaselineFigures { get; init; }

    /// <summary>Figures of the new map, declared figures included.</summary>
    public required ScenarioFigures Figures { get; init; }

    /// <summary>One entry per applied operation.</summary>
    public required IReadOnlyList<ChangeLogEntry> Log { get; init; }

    /// <summary>Every affected unit before and after, communes first, then districts.</summary>
    public required IReadOnlyList<UnitChange> Changes { get; init; }

    /// <summary>The old→new code table with the share of area and people that went where, for communes and districts.</summary>
    public required IReadOnlyList<CodeTableRow> CodeTable { get; init; }

    /// <summary>Figures moved by declaration only.</summary>
    public required IReadOnlyList<DeclaredFigure> Declared { get; init; }

    /// <summary>Units formed by an arrangement (merge, establishment, dissolution into a neighbour), with how many units of their level each was formed from.</summary>
    /// <remarks>NQ 35/2023/UBTVQH15 Điều 4: such a unit must meet the standards unless three or more units of the same level merged.</remarks>
    public IReadOnlyDictionary<UnitCode, int> FormedUnits { get; init; } = new Dictionary<UnitCode, int>();

    /// <summary>Area (km²) the input counted twice where united polygons overlapped; the result counts it once, so its total is smaller by this.</summary>
    public double InputOverlapRemovedKm2 { get; init; }

    /// <summary>Why the scenario stopped, or null when every operation was applied.</summary>
    public OperationRefusal? Refusal { get; init; }

    /// <summary>True when every operation was applied.</summary>
    public bool Applied => Refusal is null;
}
