using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

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
        if (pLeft.X >= aLeft.X && pLeft.X <= aRight.X)
        {
            // The upper edge's left end is over the lower edge: which side of it is that end (or, if it is a shared
            // end point, the other end)?
            var side = Orientation.Index(aLeft, aRight, pLeft);
            if (side == OrientationIndex.Collinear)
            {
                side = Orientation.Index(aLeft, aRight, pRight);
            }

            return side switch
            {
                OrientationIndex.CounterClockwise => true,
                OrientationIndex.Clockwise => false,
                _ => throw new InconsistentWindingException("collinear edges left unmerged"),
            };
        }

        // Otherwise a–b starts inside p–q's x range: is it below p–q there?
        var under = Orientation.Index(pLeft, pRight, aLeft);
        if (under == OrientationIndex.Collinear)
        {
            under = Orientation.Index(pLeft, pRight, aRight);
        }

        return under switch
        {
            OrientationIndex.Clockwise => true,
            OrientationIndex.CounterClockwise => false,
            _ => throw new InconsistentWindingException("collinear edges left unmerged"),
        };
    }
}
