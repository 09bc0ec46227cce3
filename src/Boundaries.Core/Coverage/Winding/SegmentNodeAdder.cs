using NetTopologySuite.Algorithm;
using NetTopologySuite.Noding;

namespace Boundaries.Core.Coverage.Winding;

/// <summary>
/// Adds a node to both segments wherever two segments meet (a crossing, an end on the other segment, a shared vertex,
/// the ends of a collinear overlap), so that the noded strings meet only at their ends.
/// </summary>
/// <remarks>
/// The same nodes as NetTopologySuite's <c>IntersectionAdder</c>, decided by orientation predicates first: most pairs
/// a monotone-chain index hands over do not meet or meet at a shared vertex, and only a crossing needs the line
/// intersector (which copies coordinates to interpolate Z, a cost worth paying only there).
/// </remarks>
internal sealed class SegmentNodeAdder : ISegmentIntersector
{
    private readonly RobustLineIntersector _crossings = new();

    /// <inheritdoc/>
    public bool IsDone => false;

    /// <inheritdoc/>
    public void ProcessIntersections(ISegmentString e0, int segIndex0, ISegmentString e1, int segIndex1)
    {
        if (e0 == e1 && (segIndex0 == segIndex1 || AreNeighbours(e0, segIndex0, segIndex1)))
        {
            return;
        }

        var p0 = e0.Coordinates[segIndex0];
        var p1 = e0.Coordinates[segIndex0 + 1];
        var q0 = e1.Coordinates[segIndex1];
        var q1 = e1.Coordinates[segIndex1 + 1];
        var first = (NodedSegmentString)e0;
        var second = (NodedSegmentString)e1;
        switch (SegmentContact.Of(p0, p1, q0, q1))
        {
            case SegmentContactKind.Apart:
                return;
            case SegmentContactKind.Crossing:
                _crossings.ComputeIntersection(p0, p1, q0, q1);
                for (var i = 0; i < _crossings.IntersectionNum; i++)
                {
                    var point = _crossings.GetIntersection(i);
                    first.AddIntersection(point, segIndex0);
                    second.AddIntersection(point, segIndex1);
                }

                return;
            default:
                // Touching or collinear: every end lying on the other segment is a node of both.
                AddIfOn(q0, p0, p1, first, segIndex0, second, segIndex1);
                AddIfOn(q1, p0, p1, first, segIndex0, second, segIndex1);
                AddIfOn(p0, q0, q1, second, segIndex1, first, segIndex0);
                AddIfOn(p1, q0, q1, second, segIndex1, first, segIndex0);
                return;
        }
    }

    /// <summary>Consecutive segments of one string (or the last and first of a closed one) share their vertex only.</summary>
    private static bool AreNeighbours(ISegmentString run, int a, int b)
    {
        var gap = Math.Abs(a - b);
        return gap == 1 || (gap == run.Count - 2 && run.IsClosed);
    }

    private static void AddIfOn(
        Coordinate end, Coordinate a, Coordinate b, NodedSegmentString onString, int onIndex, NodedSegmentString endString, int endIndex)
    {
        if (SegmentContact.OnSegment(end, a, b))
        {
            onString.AddIntersection(end, onIndex);
            endString.AddIntersection(end, endIndex);
        }
    }
}
