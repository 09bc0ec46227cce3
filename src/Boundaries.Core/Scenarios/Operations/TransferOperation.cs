namespace Boundaries.Core.Scenarios.Operations;

/// <summary>Move part of a commune-level unit to a neighbour (điều chỉnh địa giới).</summary>
/// <param name="Part">The part that moves, with its population.</param>
/// <param name="To">The unit that receives it.</param>
public sealed record TransferOperation(UnitPart Part, UnitCode To) : ScenarioOperation
{
    /// <summary>True when the planner declares that the receiving unit may end in several pieces.</summary>
    public bool Island { get; init; }

    /// <inheritdoc />
    public override string Kind => "transfer";

    /// <inheritdoc />
    public override IEnumerable<UnitCode> NamedUnits => [Part.From, To];
}
