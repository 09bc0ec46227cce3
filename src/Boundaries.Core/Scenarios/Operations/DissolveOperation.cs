namespace Boundaries.Core.Scenarios.Operations;

/// <summary>Dissolve (giải thể) a unit: its territory and people join a neighbour of the same level, which keeps its name and code.</summary>
/// <remarks>For a district, its communes go to <paramref name="Into"/> unless <paramref name="ChildrenTo"/> names another parent for some of them.</remarks>
/// <param name="Unit">The unit dissolved.</param>
/// <param name="Into">The neighbour that takes its territory.</param>
/// <param name="ChildrenTo">For a district: the new parent of each child that does not go to <paramref name="Into"/>.</param>
public sealed record DissolveOperation(UnitCode Unit, UnitCode Into, IReadOnlyDictionary<UnitCode, UnitCode>? ChildrenTo = null) : ScenarioOperation
{
    /// <summary>True when the planner declares that the receiving unit may end in several pieces.</summary>
    public bool Island { get; init; }

    /// <inheritdoc />
    public override string Kind => "dissolve";

    /// <inheritdoc />
    public override IEnumerable<UnitCode> NamedUnits =>
        ChildrenTo is null ? [Unit, Into] : [Unit, Into, .. ChildrenTo.Keys, .. ChildrenTo.Values];
}
