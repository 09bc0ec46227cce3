namespace Boundaries.Core.Scenarios.Operations;

/// <summary>Merge (nhập) whole units of one level into one unit.</summary>
/// <param name="Units">The units merged, two or more.</param>
/// <param name="Into">The unit formed.</param>
/// <param name="Parent">The parent of the unit formed; needed only when the merged units have different parents.</param>
public sealed record MergeOperation(IReadOnlyList<UnitCode> Units, NewUnitSpec Into, UnitCode? Parent = null) : ScenarioOperation
{
    /// <summary>True when the planner declares that the result may be in several pieces (an island or exclave).</summary>
    public bool Island { get; init; }

    /// <inheritdoc />
    public override string Kind => "merge";

    /// <inheritdoc />
    public override IEnumerable<UnitCode> NamedUnits => Parent is { } p ? [.. Units, p] : Units;
}
