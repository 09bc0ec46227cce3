using NetTopologySuite.Algorithm;

namespace Boundaries.Core.Coverage.Winding;

/// <summary>Which of two non-crossing, non-vertical edges lies above the other where both span the same x.</summary>
internal static class EdgeOrder
{
    /// <summary>Whether edge p–q lies above edge a–b over their common x range (they may share an end point).</summary>
    /// <exception cref="InconsistentWindingException">The edges overlap or one passes through the other's inside.</exception>
    public static bool IsAbove(Coordinate p, Coordinate q, Coordinate a, Coordinate b)
    {
        var (pLeft, pRight) = p.X <= q.X ? (p, q) : (q, p);
        var (aLeft, aRight) = a.X <= b.X ? (a, b) : (b, a);

        // Look from the edge whose left end lies over the other: p–q is above when its left end is left of a–b taken
        // eastward (counter-clockwise), or when a–b's left end is right of p–q (clockwise). A shared end point says
        // nothing, so the other end decides.
        return pLeft.X >= aLeft.X && pLeft.X <= aRight.X
            ? Is(SideOf(aLeft, aRight, pLeft, pRight), OrientationIndex.CounterClockwise)
            : Is(SideOf(pLeft, pRight, aLeft, aRight), OrientationIndex.Clockwise);
    }

    private static OrientationIndex SideOf(Coordinate from, Coordinate to, Coordinate point, Coordinate otherwise)
    {
        var side = Orientation.Index(from, to, point);
        return side != OrientationIndex.Collinear ? side : Orientation.Index(from, to, otherwise);
    }

    private static bool Is(OrientationIndex side, OrientationIndex above) =>
        side == OrientationIndex.Collinear ? throw new InconsistentWindingException("collinear edges left unmerged") : side == above;
}
