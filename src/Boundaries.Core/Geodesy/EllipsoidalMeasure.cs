namespace Boundaries.Core.Geodesy;

/// <summary>Natural area and perimeter of lon/lat polygons measured on the ellipsoid.</summary>
/// <remarks>
/// Area: each vertex is mapped to the ellipsoidal cylindrical equal-area projection
/// (x = a·λ, y = a·q(φ)/2, q the authalic function), where the shoelace formula gives area on the
/// ellipsoid exactly for edges straight in that projection. Edges of real boundaries are short
/// (tens to hundreds of metres), so the difference from geodesic edges is far below 0.001 %.
/// Perimeter: each edge is measured with the local radii of curvature at its mid-latitude
/// (meridian M and prime vertical N); the error grows with the square of the edge length and stays
/// under 1e-5 for edges shorter than 20 km. Coordinates are x = longitude, y = latitude, in degrees.
/// </remarks>
public sealed class EllipsoidalMeasure
{
    private const double DegToRad = Math.PI / 180.0;
    private readonly double _a;
    private readonly double _e;
    private readonly double _e2;
    private readonly double _qFactor;

    /// <summary>Creates a measure on the given ellipsoid.</summary>
    public EllipsoidalMeasure(Ellipsoid ellipsoid)
    {
        ArgumentNullException.ThrowIfNull(ellipsoid);
        _a = ellipsoid.SemiMajorAxisMeters;
        _e = ellipsoid.Eccentricity;
        _e2 = ellipsoid.EccentricitySquared;
        _qFactor = (1 - _e2) / (2 * _e);
    }

    /// <summary>The measure on WGS 84 (and VN-2000, which shares its ellipsoid).</summary>
    public static EllipsoidalMeasure Wgs84 { get; } = new(Ellipsoid.Wgs84);

    /// <summary>Area in km² of a lon/lat polygon or multipolygon on WGS 84; other geometries have no area.</summary>
    public static double AreaKm2(Geometry lonLat) => Wgs84.AreaSquareMeters(lonLat) / 1e6;

    /// <summary>Perimeter in km of a lon/lat polygon or multipolygon (all rings) on WGS 84.</summary>
    public static double PerimeterKm(Geometry lonLat) => Wgs84.PerimeterMeters(lonLat) / 1e3;

    /// <summary>Area in m² of a polygonal geometry: shells minus holes, whatever the ring orientation.</summary>
    public double AreaSquareMeters(Geometry lonLat)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        var total = 0.0;
        for (var i = 0; i < lonLat.NumGeometries; i++)
        {
            if (lonLat.GetGeometryN(i) is not Polygon polygon || polygon.IsEmpty)
            {
                continue;
            }

            total += Math.Abs(RingArea(polygon.ExteriorRing.CoordinateSequence));
            for (var h = 0; h < polygon.NumInteriorRings; h++)
            {
                total -= Math.Abs(RingArea(polygon.GetInteriorRingN(h).CoordinateSequence));
            }
        }

        return total;
    }

    /// <summary>Length in m of every ring (or line) of the geometry.</summary>
    public double PerimeterMeters(Geometry lonLat)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        var total = 0.0;
        foreach (var line in LinesOf(lonLat))
        {
            total += LineLengthMeters(line.CoordinateSequence);
        }

        return total;
    }

    /// <summary>Length in m of a lon/lat coordinate sequence taken as a polyline.</summary>
    public double LineLengthMeters(CoordinateSequence lonLat)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        var total = 0.0;
        for (var i = 1; i < lonLat.Count; i++)
        {
            total += DistanceMeters(lonLat.GetX(i - 1), lonLat.GetY(i - 1), lonLat.GetX(i), lonLat.GetY(i));
        }

        return total;
    }

    /// <summary>Distance in m between two nearby lon/lat points (mid-latitude radii of curvature).</summary>
    public double DistanceMeters(double lon1, double lat1, double lon2, double lat2)
    {
        var phiM = (lat1 + lat2) * 0.5 * DegToRad;
        var sin = Math.Sin(phiM);
        var w2 = 1 - (_e2 * sin * sin);
        var w = Math.Sqrt(w2);
        var n = _a / w;
        var m = _a * (1 - _e2) / (w2 * w);
        var dy = m * (lat2 - lat1) * DegToRad;
        var dx = n * Math.Cos(phiM) * (lon2 - lon1) * DegToRad;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    /// <summary>Signed area in m² of a closed lon/lat ring in the cylindrical equal-area projection.</summary>
    public double RingArea(CoordinateSequence ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var n = ring.Count;
        if (n < 4)
        {
            return 0;
        }

        // Offsets from the first vertex keep the shoelace products small and exact enough.
        var x0 = ring.GetX(0) * DegToRad;
        var y0 = Q(ring.GetY(0) * DegToRad);
        var sum = 0.0;
        var xPrev = 0.0;
        var yPrev = 0.0;
        for (var i = 1; i < n; i++)
        {
            var x = (ring.GetX(i) * DegToRad) - x0;
            var y = Q(ring.GetY(i) * DegToRad) - y0;
            sum += (xPrev * y) - (x * yPrev);
            xPrev = x;
            yPrev = y;
        }

        // x = a·λ and y = a·q/2, so the shoelace's ½·Σ carries a factor a²/2.
        return sum * 0.5 * _a * _a * 0.5;
    }

    /// <summary>The authalic function q(φ) of Snyder (1987), eq. 3-12.</summary>
    private double Q(double phi)
    {
        var s = Math.Sin(phi);
        var es = _e * s;
        return (1 - _e2) * (s / (1 - (es * es))) - (_qFactor * Math.Log((1 - es) / (1 + es)));
    }

    private static IEnumerable<LineString> LinesOf(Geometry geometry)
    {
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            switch (geometry.GetGeometryN(i))
            {
                case Polygon p:
                    yield return p.ExteriorRing;
                    for (var h = 0; h < p.NumInteriorRings; h++)
                    {
                        yield return p.GetInteriorRingN(h);
                    }

                    break;
                case LineString l:
                    yield return l;
                    break;
            }
        }
    }
}
