using NetTopologySuite.Algorithm;

namespace Boundaries.Core.Coverage.Winding;

/// <summary>How two segments meet, decided by the exact orientation predicate alone (no intersection point computed).</summary>
internal enum SegmentContactKind
{
    /// <summary>They do not meet.</summary>
    Apart,

    /// <summary>They cross at one point inside both.</summary>
    Crossing,

    /// <summary>An end of one lies on the other, and they are not collinear.</summary>
    Touching,

    /// <summary>They lie on one line and share at least one point.</summary>
    Collinear,
}

/// <summary>Classifies the contact of two segments; a crossing is the only case that needs a computed point.</summary>
internal static class SegmentContact
{
    /// <summary>How segment p0–p1 and segment q0–q1 meet.</summary>
    public static SegmentContactKind Of(Coordinate p0, Coordinate p1, Coordinate q0, Coordinate q1)
    {
        if (Math.Max(p0.X, p1.X) < Math.Min(q0.X, q1.X) || Math.Max(q0.X, q1.X) < Math.Min(p0.X, p1.X)
            || Math.Max(p0.Y, p1.Y) < Math.Min(q0.Y, q1.Y) || Math.Max(q0.Y, q1.Y) < Math.Min(p0.Y, p1.Y))
        {
            return SegmentContactKind.Apart;
        }

        var q0Side = Orientation.Index(p0, p1, q0);
        var q1Side = Orientation.Index(p0, p1, q1);
        if (q0Side == q1Side && q0Side != OrientationIndex.Collinear)
        {
            return SegmentContactKind.Apart;
        }

        var p0Side = Orientation.Index(q0, q1, p0);
        var p1Side = Orientation.Index(q0, q1, p1);
        if (p0Side == p1Side && p0Side != OrientationIndex.Collinear)
        {
            return SegmentContactKind.Apart;
        }

        if (q0Side == OrientationIndex.Collinear && q1Side == OrientationIndex.Collinear)
        {
            // Within the shared bounding box two collinear segments always share a point.
            return SegmentContactKind.Collinear;
        }

        return q0Side == OrientationIndex.Collinear || q1Side == OrientationIndex.Collinear
            || p0Side == OrientationIndex.Collinear || p1Side == OrientationIndex.Collinear
            ? SegmentContactKind.Touching
            : SegmentContactKind.Crossing;
    }

    /// <summary>Whether point lies on the closed segment a–b, given that it is collinear with it.</summary>
    public static bool OnCollinearSegment(Coordinate point, Coordinate a, Coordinate b) =>
        point.X >= Math.Min(a.X, b.X) && point.X <= Math.Max(a.X, b.X)
        && point.Y >= Math.Min(a.Y, b.Y) && point.Y <= Math.Max(a.Y, b.Y);

    /// <summary>Whether point lies on segment a–b, exactly (orientation and box).</summary>
    public static bool OnSegment(Coordinate point, Coordinate a, Coordinate b) =>
        Orientation.Index(a, b, point) == OrientationIndex.Collinear && OnCollinearSegment(point, a, b);
}
