using NetTopologySuite.Geometries;

namespace Boundaries.Core.Coverage;

/// <summary>One polygon of a coverage with the key that names it (a unit code, or a source name where there is no code).</summary>
/// <remarks>The geometry is a Polygon or MultiPolygon in lon/lat (SRID 4326, x = longitude), valid in the OGC sense.</remarks>
/// <param name="Key">The unit's key, unique within the coverage.</param>
/// <param name="Geometry">The polygon in lon/lat.</param>
public sealed record CoverageUnit(string Key, Geometry Geometry);
