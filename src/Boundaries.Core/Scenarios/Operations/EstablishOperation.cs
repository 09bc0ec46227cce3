namespace Boundaries.Core.Scenarios.Operations;

/// <summary>Establish (thành lập) a new unit from whole units and parts of units.</summary>
/// <remarks>
/// A commune-level unit takes the territory and people of the whole units (which cease to exist) and of the parts.
/// A district-level unit takes the whole commune-level units as its children; parts are not allowed there.
/// </remarks>
/// <param name="Unit">The unit established.</param>
/// <param name="Parent">Its parent.</param>
/// <param name="WholeUnits">Units taken whole.</param>
/// <param name="Parts">Parts of units taken.</param>
public sealed record EstablishOperation(NewUnitSpec Unit, UnitCode Parent, IReadOnlyList<UnitCode> WholeUnits, IReadOnlyList<UnitPart> Parts) : ScenarioOperation
{
    /// <summary>True when the planner declares that the new unit may be in several pieces.</summary>
    public bool Island { get; init; }

    /// <inheritdoc />
    public override string Kind => "establish";

    /// <inheritdoc />
    public override IEnumerable<UnitCode> NamedUnits => [.. WholeUnits, .. Parts.Select(p => p.From), Parent];
}
