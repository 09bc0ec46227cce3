namespace Boundaries.Core.Coverage.Neighbours;

/// <summary>The stretch of one segment that runs along another within a tolerance (planar, in degrees).</summary>
/// <param name="X0">Longitude of the start of the stretch, on the first segment.</param>
/// <param name="Y0">Latitude of the start.</param>
/// <param name="X1">Longitude of the end.</param>
/// <param name="Y1">Latitude of the end.</param>
internal readonly record struct SegmentOverlap(double X0, double Y0, double X1, double Y1)
{
    /// <summary>Finds the stretch of segment P whose both ends lie within the tolerance of segment Q; false when it is no longer than twice the tolerance.</summary>
    /// <remarks>
    /// The stretch is P clipped to the projection of Q onto it. Distance to a segment is convex along a line, so when both
    /// ends of the stretch are within the tolerance of Q, all of it is. Each end of the stretch is a vertex of P or the foot of
    /// a vertex of Q, so this is the rule snapping vertices at the tolerance would apply: two boundaries that merely cross at a
    /// shallow angle share nothing. (Counting every point of P within the tolerance of Q instead made 12,202 pairs of
    /// overlapping, crossing units of the national c2013 layer "neighbours" with common lengths from 2 cm upwards, with no
    /// threshold that separates them from true neighbours.) Tolerance and distances are in degrees, the same on both axes; at
    /// the tolerances used (about 1e-7°, a centimetre) the anisotropy of degrees does not matter.
    /// </remarks>
    public static bool Along(double px0, double py0, double px1, double py1, double qx0, double qy0, double qx1, double qy1, double tolerance, out SegmentOverlap overlap)
    {
        overlap = default;
        var dx = px1 - px0;
        var dy = py1 - py0;
        var length2 = (dx * dx) + (dy * dy);
        if (length2 == 0
            || Math.Max(qx0, qx1) < Math.Min(px0, px1) - tolerance || Math.Min(qx0, qx1) > Math.Max(px0, px1) + tolerance
            || Math.Max(qy0, qy1) < Math.Min(py0, py1) - tolerance || Math.Min(qy0, qy1) > Math.Max(py0, py1) + tolerance)
        {
            return false;
        }

        var u0 = (((qx0 - px0) * dx) + ((qy0 - py0) * dy)) / length2;
        var u1 = (((qx1 - px0) * dx) + ((qy1 - py0) * dy)) / length2;
        var lo = Math.Max(0, Math.Min(u0, u1));
        var hi = Math.Min(1, Math.Max(u0, u1));
        if ((hi - lo) * Math.Sqrt(length2) <= 2 * tolerance)
        {
            return false;
        }

        var ax = px0 + (lo * dx);
        var ay = py0 + (lo * dy);
        var bx = px0 + (hi * dx);
        var by = py0 + (hi * dy);
        var t2 = tolerance * tolerance;
        if (Distance2ToSegment(ax, ay, qx0, qy0, qx1, qy1) > t2 || Distance2ToSegment(bx, by, qx0, qy0, qx1, qy1) > t2)
        {
            return false;
        }

        overlap = new SegmentOverlap(ax, ay, bx, by);
        return true;
    }

    private static double Distance2ToSegment(double x, double y, double x0, double y0, double x1, double y1)
    {
        var dx = x1 - x0;
        var dy = y1 - y0;
        var length2 = (dx * dx) + (dy * dy);
        var t = length2 == 0 ? 0 : Math.Clamp((((x - x0) * dx) + ((y - y0) * dy)) / length2, 0, 1);
        var ex = x0 + (t * dx) - x;
        var ey = y0 + (t * dy) - y;
        return (ex * ex) + (ey * ey);
    }
}
