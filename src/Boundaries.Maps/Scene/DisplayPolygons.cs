using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace Boundaries.Maps.Scene;

/// <summary>Prepares a unit's display polygons for the coverage simplifier: valid, and without holes too small to print.</summary>
/// <remarks>For drawing only; every figure comes from the unsimplified lon/lat polygons.</remarks>
internal static class DisplayPolygons
{
    /// <summary>The polygons made valid, with every hole smaller than <paramref name="minHoleAreaSquareMeters"/> filled; the input is not changed.</summary>
    public static Geometry WithoutPinholes(Geometry geometry, double minHoleAreaSquareMeters)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var valid = geometry.IsValid ? geometry : GeometryFixer.Fix(geometry);
        var polygons = new List<Polygon>();
        for (var i = 0; i < valid.NumGeometries; i++)
        {
            if (valid.GetGeometryN(i) is Polygon { IsEmpty: false } polygon)
            {
                var holes = polygon.Holes.Where(h => Area(h) >= minHoleAreaSquareMeters).ToArray();
                polygons.Add(holes.Length == polygon.NumInteriorRings ? polygon : valid.Factory.CreatePolygon(polygon.Shell, holes));
            }
        }

        return polygons.Count switch
        {
            0 => geometry,
            1 => polygons[0],
            _ => valid.Factory.CreateMultiPolygon(polygons.ToArray()),
        };
    }

    /// <summary>The polygons of an overlay's result (which may hold lines and points where shapes touch), as one polygonal geometry.</summary>
    public static Geometry Polygonal(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        if (geometry is Polygon or MultiPolygon)
        {
            return geometry;
        }

        var polygons = Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).OfType<Polygon>().ToArray();
        return polygons.Length == 1 ? polygons[0] : geometry.Factory.CreateMultiPolygon(polygons);
    }

    private static double Area(LinearRing ring) => Math.Abs(NetTopologySuite.Algorithm.Area.OfRingSigned(ring.CoordinateSequence));
}
