using System.Runtime.InteropServices;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Noding;

namespace Boundaries.Core.Coverage.Winding;

/// <summary>
/// The boundary segments of a group of polygons that still matter for their union once every segment two parts share
/// in opposite directions is cancelled, as runs ready for noding.
/// </summary>
/// <remarks>
/// Every ring is taken with its interior on the left (shells counter-clockwise, holes clockwise), so that the winding
/// number of a point (how many parts cover it) is the sum of what each directed segment contributes. A segment met
/// once in each direction contributes nothing anywhere, so both copies can go before noding: on a clean coverage that
/// removes every inner edge; on a layer with overlaps and gaps it removes the edges that do match exactly.
/// </remarks>
internal static class BoundarySegments
{
    [ThreadStatic]
    private static Dictionary<SegmentKey, int>? _scratch;

    /// <summary>The surviving segments of the parts' rings, as runs of consecutive segments.</summary>
    public static List<ISegmentString> Surviving(IReadOnlyList<Geometry> parts)
    {
        var rings = new List<DirectedRing>();
        var vertices = 0;
        foreach (var part in parts)
        {
            for (var i = 0; i < part.NumGeometries; i++)
            {
                if (part.GetGeometryN(i) is Polygon { IsEmpty: false } polygon)
                {
                    rings.Add(DirectedRing.Of(polygon.ExteriorRing.CoordinateSequence, counterClockwise: true));
                    foreach (var hole in polygon.InteriorRings)
                    {
                        rings.Add(DirectedRing.Of(hole.CoordinateSequence, counterClockwise: false));
                    }

                    vertices += polygon.NumPoints;
                }
            }
        }

        // Reused per thread: a district's segments would otherwise put a fresh large table on the large-object heap.
        var net = _scratch ??= [];
        net.Clear();
        net.EnsureCapacity(vertices);
        foreach (var ring in rings)
        {
            for (var i = 0; i + 1 < ring.Count; i++)
            {
                var (key, forward) = ring.Segment(i);
                if (!key.IsPoint)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(net, key, out _) += forward ? 1 : -1;
                }
            }
        }

        var runs = new List<ISegmentString>();
        foreach (var ring in rings)
        {
            AddRuns(ring, net, runs);
        }

        if (net.Count > 1 << 16)
        {
            // A very large group: let its table go rather than hold it for the thread's life.
            _scratch = null;
        }

        return runs;
    }

    /// <summary>Keeps as many copies of each segment as its net count, in its net direction, as runs along the ring.</summary>
    private static void AddRuns(DirectedRing ring, Dictionary<SegmentKey, int> net, List<ISegmentString> runs)
    {
        var start = -1;
        for (var i = 0; i + 1 < ring.Count; i++)
        {
            var (key, forward) = ring.Segment(i);
            var keep = false;
            if (!key.IsPoint)
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrNullRef(net, key);
                if (forward ? count > 0 : count < 0)
                {
                    count += forward ? -1 : 1;
                    keep = true;
                }
            }

            if (keep && start < 0)
            {
                start = i;
            }
            else if (!keep && start >= 0)
            {
                runs.Add(new NodedSegmentString(ring.Points(start, i), null));
                start = -1;
            }
        }

        if (start >= 0)
        {
            runs.Add(new NodedSegmentString(ring.Points(start, ring.Count - 1), null));
        }
    }

    /// <summary>A ring's coordinate sequence read in the direction that puts its interior on the left.</summary>
    private readonly record struct DirectedRing(CoordinateSequence Sequence, bool Reversed)
    {
        public int Count => Sequence.Count;

        public static DirectedRing Of(CoordinateSequence sequence, bool counterClockwise) =>
            new(sequence, Orientation.IsCCW(sequence) != counterClockwise);

        public (SegmentKey Key, bool Forward) Segment(int i)
        {
            var a = Reversed ? Count - 1 - i : i;
            var b = Reversed ? a - 1 : a + 1;
            return SegmentKey.Of(Sequence.GetX(a), Sequence.GetY(a), Sequence.GetX(b), Sequence.GetY(b));
        }

        public Coordinate[] Points(int from, int to)
        {
            var points = new Coordinate[to - from + 1];
            for (var i = from; i <= to; i++)
            {
                var at = Reversed ? Count - 1 - i : i;
                points[i - from] = new Coordinate(Sequence.GetX(at), Sequence.GetY(at));
            }

            return points;
        }
    }
}
