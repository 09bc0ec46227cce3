namespace Boundaries.Core.Scenarios.Operations;

/// <summary>Rename (đổi tên) a unit; its code, type and territory stay.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Name">The new name without the type prefix.</param>
public sealed record RenameOperation(UnitCode Unit, string Name) : ScenarioOperation
{
    /// <inheritdoc />
    public override string Kind => "rename";

    /// <inheritdoc />
    public override IEnumerable<UnitCode> NamedUnits => [Unit];
}
