namespace Boundaries.Core.Scenarios.Territories;

/// <summary>A unit's polygon cut in two: the part that moves and the remainder that stays.</summary>
/// <param name="Part">The part, inside the unit.</param>
/// <param name="Remainder">The unit without the part.</param>
/// <param name="Notes">What the planner should know (area of the given polygon outside the unit).</param>
internal sealed record PartCut(Geometry Part, Geometry Remainder, IReadOnlyList<string> Notes);
