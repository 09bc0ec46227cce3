namespace Boundaries.Core.Coverage.Checks;

/// <summary>A run of a unit's boundary that does not match its neighbour's vertex for vertex (NTS CoverageValidator's invalid edge).</summary>
/// <remarks>It lies in a neighbour's interior, crosses it, or runs along it with other vertices; it is where gaps and overlaps come from.</remarks>
/// <param name="UnitKey">The unit whose boundary it is.</param>
/// <param name="Location">The point halfway along it, in lon/lat.</param>
/// <param name="LengthMeters">Length on the WGS 84 ellipsoid, in metres.</param>
/// <param name="Geometry">The run as a line in lon/lat.</param>
public sealed record MismatchedEdge(string UnitKey, Coordinate Location, double LengthMeters, LineString Geometry);
