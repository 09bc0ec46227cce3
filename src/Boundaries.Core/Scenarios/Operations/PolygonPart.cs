namespace Boundaries.Core.Scenarios.Operations;

/// <summary>The part is the given polygon, clipped to the unit it comes from.</summary>
/// <param name="Polygon">A polygon or multipolygon in lon/lat (SRID 4326, x = longitude).</param>
public sealed record PolygonPart(Geometry Polygon) : PartShape;
