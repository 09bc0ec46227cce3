namespace Boundaries.Core.Coverage.Checks;

/// <summary>A hole in the coverage: ground inside its outline that no unit covers (a sliver between neighbours, or a missing piece).</summary>
/// <param name="Location">A point inside the gap, in lon/lat.</param>
/// <param name="AreaSquareMeters">Area on the WGS 84 ellipsoid, in m².</param>
/// <param name="UnitKeys">The units whose boundaries touch the gap.</param>
/// <param name="Geometry">The gap as a polygon in lon/lat.</param>
public sealed record CoverageGap(Coordinate Location, double AreaSquareMeters, IReadOnlyList<string> UnitKeys, Polygon Geometry);
