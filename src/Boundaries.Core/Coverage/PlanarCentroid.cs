namespace Boundaries.Core.Coverage;

/// <summary>The area-weighted centroid of a polygonal geometry in its own (lon/lat) coordinates, read from the coordinate sequences.</summary>
/// <remarks>
/// The same point as NTS's <c>Geometry.Centroid</c> for polygons (shells add, holes subtract), up to rounding, but without
/// turning packed coordinate sequences into an array of Coordinate objects: on the national layer that costs 70 MB of
/// short-lived objects. Other geometries, and polygons of zero area, fall back to NTS.
/// </remarks>
internal static class PlanarCentroid
{
    /// <summary>The centroid, or null for an empty geometry.</summary>
    public static Coordinate? Of(Geometry geometry)
    {
        if (geometry.IsEmpty)
        {
            return null;
        }

        if (geometry is not (Polygon or MultiPolygon))
        {
            return geometry.Centroid.Coordinate;
        }

        var x0 = geometry.Coordinate.X;
        var y0 = geometry.Coordinate.Y;
        double area = 0, mx = 0, my = 0;
        for (var p = 0; p < geometry.NumGeometries; p++)
        {
            var polygon = (Polygon)geometry.GetGeometryN(p);
            if (polygon.IsEmpty)
            {
                continue;
            }

            Add(polygon.ExteriorRing.CoordinateSequence, shell: true);
            foreach (var hole in polygon.InteriorRings)
            {
                Add(hole.CoordinateSequence, shell: false);
            }
        }

        return area == 0 ? geometry.Centroid.Coordinate : new Coordinate(x0 + (mx / area), y0 + (my / area));

        void Add(CoordinateSequence ring, bool shell)
        {
            // Shoelace sums relative to one vertex of the geometry: twice the signed area and six times its first moments.
            double a = 0, sx = 0, sy = 0;
            for (var i = 0; i < ring.Count - 1; i++)
            {
                var xi = ring.GetX(i) - x0;
                var yi = ring.GetY(i) - y0;
                var xj = ring.GetX(i + 1) - x0;
                var yj = ring.GetY(i + 1) - y0;
                var cross = (xi * yj) - (xj * yi);
                a += cross;
                sx += (xi + xj) * cross;
                sy += (yi + yj) * cross;
            }

            // Shells count positive and holes negative, whatever the ring orientation.
            var sign = (a >= 0) == shell ? 1.0 : -1.0;
            area += sign * a / 2;
            mx += sign * sx / 6;
            my += sign * sy / 6;
        }
    }
}
