namespace Boundaries.Core.Units;

/// <summary>The figures of a unit summed from the communes below it.</summary>
/// <param name="AreaKm2">Sum of the communes' ellipsoidal areas plus unassigned polygons in the unit.</param>
/// <param name="Population">Sum of the communes' populations.</param>
/// <param name="UnitsWithoutGeometry">Communes counted whose own polygon is missing (their area is either in an unassigned polygon or not known).</param>
/// <param name="UnitsWithoutPopulation">Communes counted that have no population figure.</param>
/// <param name="CountsByType">Number of subordinate units by type, one level down.</param>
public sealed record RollUp(
    double AreaKm2,
    long Population,
    IReadOnlyList<UnitCode> UnitsWithoutGeometry,
    IReadOnlyList<UnitCode> UnitsWithoutPopulation,
    IReadOnlyDictionary<UnitType, int> CountsByType);
