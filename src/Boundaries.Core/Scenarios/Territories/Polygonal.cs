using NetTopologySuite.Geometries.Utilities;

namespace Boundaries.Core.Scenarios.Territories;

/// <summary>Keeps only the polygons of an overlay result, as one Polygon or MultiPolygon.</summary>
internal static class Polygonal
{
    /// <summary>The polygons of <paramref name="geometry"/> (lines and points that overlay can leave are dropped).</summary>
    public static Geometry Of(Geometry geometry)
    {
        if (geometry is Polygon or MultiPolygon)
        {
            return geometry;
        }

        var polygons = PolygonExtracter.GetPolygons(geometry).Cast<Polygon>().Where(p => !p.IsEmpty).ToArray();
        return polygons.Length == 1 ? polygons[0] : geometry.Factory.CreateMultiPolygon(polygons);
    }

    /// <summary>The number of separate pieces (polygons) of a polygonal geometry.</summary>
    public static int Pieces(Geometry? geometry) =>
        geometry is null || geometry.IsEmpty ? 0 : geometry.NumGeometries;
}
