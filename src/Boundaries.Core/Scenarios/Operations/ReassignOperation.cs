namespace Boundaries.Core.Scenarios.Operations;

/// <summary>Place whole units under another parent, as when a city absorbs communes; their names, codes and types stay.</summary>
/// <param name="Units">The units that move.</param>
/// <param name="To">The new parent, one level up.</param>
public sealed record ReassignOperation(IReadOnlyList<UnitCode> Units, UnitCode To) : ScenarioOperation
{
    /// <inheritdoc />
    public override string Kind => "reassign";

    /// <inheritdoc />
    public override IEnumerable<UnitCode> NamedUnits => [.. Units, To];
}
