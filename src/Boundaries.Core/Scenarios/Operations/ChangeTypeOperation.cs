namespace Boundaries.Core.Scenarios.Operations;

/// <summary>Change a unit's type within its level: xã → phường or thị trấn, huyện → thị xã or thành phố.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Type">Its new type.</param>
public sealed record ChangeTypeOperation(UnitCode Unit, UnitType Type) : ScenarioOperation
{
    /// <inheritdoc />
    public override string Kind => "change-type";

    /// <inheritdoc />
    public override IEnumerable<UnitCode> NamedUnits => [Unit];
}
