using Boundaries.Core.Geodesy;

namespace Boundaries.Core.Coverage.Neighbours;

/// <summary>Bearing between two nearby lon/lat points, in degrees clockwise from true north.</summary>
/// <remarks>
/// East and north offsets are scaled by the radii of curvature at the mid-latitude (prime vertical N·cos φ and meridian M),
/// which is exact in the limit of short distances and far better than needed to pick one of eight 45° sectors.
/// </remarks>
internal static class LocalBearing
{
    private const double DegToRad = Math.PI / 180;
    private static readonly double E2 = Ellipsoid.Wgs84.EccentricitySquared;

    /// <summary>Bearing in [0, 360) from (lon0, lat0) to (lon1, lat1); 0 when the points coincide.</summary>
    public static double Degrees(double lon0, double lat0, double lon1, double lat1)
    {
        var phi = (lat0 + lat1) * 0.5 * DegToRad;
        var sin = Math.Sin(phi);

        // N / M = (1 − e² sin² φ) / (1 − e²): the east offset is N·cos φ·Δλ, the north offset M·Δφ.
        var east = (lon1 - lon0) * Math.Cos(phi) * (1 - (E2 * sin * sin)) / (1 - E2);
        var north = lat1 - lat0;
        if (east == 0 && north == 0)
        {
            return 0;
        }

        var bearing = Math.Atan2(east, north) / DegToRad;
        return bearing < 0 ? bearing + 360 : bearing;
    }
}
