namespace Boundaries.Core.Coverage.Winding;

/// <summary>An undirected segment by its exact end coordinates, the lexicographically smaller end first.</summary>
internal readonly struct SegmentKey(double x0, double y0, double x1, double y1) : IEquatable<SegmentKey>
{
    private readonly double _x0 = x0;
    private readonly double _y0 = y0;
    private readonly double _x1 = x1;
    private readonly double _y1 = y1;

    /// <summary>True when both ends are the same point (a repeated vertex).</summary>
    public bool IsPoint => _x0 == _x1 && _y0 == _y1;

    /// <summary>The key of the segment from a to b, and whether a to b is the key's direction.</summary>
    public static (SegmentKey Key, bool Forward) Of(Coordinate a, Coordinate b) => Of(a.X, a.Y, b.X, b.Y);

    /// <summary>The key of the segment from (ax, ay) to (bx, by), and whether that is the key's direction.</summary>
    public static (SegmentKey Key, bool Forward) Of(double ax, double ay, double bx, double by)
    {
        var forward = ax < bx || (ax == bx && ay <= by);
        return forward ? (new SegmentKey(ax, ay, bx, by), true) : (new SegmentKey(bx, by, ax, ay), false);
    }

    /// <inheritdoc/>
    public bool Equals(SegmentKey other) => _x0 == other._x0 && _y0 == other._y0 && _x1 == other._x1 && _y1 == other._y1;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SegmentKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        // Coordinates of neighbouring vertices differ in their low bits: mix all four fully, cheaply.
        var h = (ulong)BitConverter.DoubleToInt64Bits(_x0) * 0x9E3779B97F4A7C15UL;
        h = (h ^ (ulong)BitConverter.DoubleToInt64Bits(_y0)) * 0xC2B2AE3D27D4EB4FUL;
        h = (h ^ (ulong)BitConverter.DoubleToInt64Bits(_x1)) * 0x165667B19E3779F9UL;
        h = (h ^ (ulong)BitConverter.DoubleToInt64Bits(_y1)) * 0x9E3779B97F4A7C15UL;
        return (int)(h ^ (h >> 32));
    }
}
