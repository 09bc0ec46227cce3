using NetTopologySuite.Geometries;

namespace Boundaries.Data.References;

/// <summary>One polygon of a reference layer, drawn as its outline only: a commune, a district or the province of another time or source.</summary>
/// <param name="Kind">What the polygon is: "commune", "district" or "province".</param>
/// <param name="Name">Its name as the source writes it.</param>
/// <param name="Polygon">The polygon in lon/lat (WGS 84).</param>
public sealed record ReferenceShape(string Kind, string Name, Geometry Polygon);
