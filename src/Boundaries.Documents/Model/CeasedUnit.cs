namespace Boundaries.Documents.Model;

/// <summary>A unit that ceased to exist, with the units that took its territory.</summary>
/// <param name="Before">The unit before the scenario.</param>
/// <param name="WentTo">The names of the units that took its territory, in running text.</param>
public sealed record CeasedUnit(UnitFigures Before, IReadOnlyList<string> WentTo);
