namespace Boundaries.Core.Coverage.Checks;

/// <summary>Ground claimed by two units at once.</summary>
/// <param name="KeyA">One unit (earlier in the input order).</param>
/// <param name="KeyB">The other unit.</param>
/// <param name="AreaSquareMeters">Area of the common ground on the WGS 84 ellipsoid, in m².</param>
/// <param name="Location">A point inside the largest piece of the overlap, in lon/lat.</param>
/// <param name="Geometry">The overlap in lon/lat (polygonal).</param>
public sealed record CoverageOverlap(string KeyA, string KeyB, double AreaSquareMeters, Coordinate Location, Geometry Geometry);
