using System.Runtime.InteropServices;
using NetTopologySuite.Noding;

namespace Boundaries.Core.Coverage.Winding;

/// <summary>
/// The noded boundary of a group as a planar graph of segments: each segment once, directed so that the winding
/// number on its left exceeds the one on its right by its multiplicity.
/// </summary>
/// <remarks>
/// Noded strings meet only at their ends (<see cref="NodingCheck"/>), so only string ends are looked up by coordinate;
/// a string's inner vertices are nodes of that string alone. Strings met twice (the same boundary of two parts) are
/// recognised whole: once in each direction they cancel, twice in one direction they add up.
/// </remarks>
internal sealed class WindingGraph
{
    private WindingGraph(List<Coordinate> nodes, List<int> from, List<int> to, List<int> multiplicity)
    {
        Nodes = nodes;
        From = [.. from];
        To = [.. to];
        Multiplicity = [.. multiplicity];
        (IncidentStart, Incident) = IncidentEdges(nodes.Count, From, To);
    }

    /// <summary>Node coordinates.</summary>
    public List<Coordinate> Nodes { get; }

    /// <summary>Start node of each edge.</summary>
    public int[] From { get; }

    /// <summary>End node of each edge.</summary>
    public int[] To { get; }

    /// <summary>Winding number on the left minus winding number on the right, always positive.</summary>
    public int[] Multiplicity { get; }

    /// <summary>Where node n's incident edges start in <see cref="Incident"/> (n + 1 ends them).</summary>
    public int[] IncidentStart { get; }

    /// <summary>Edges incident to each node, grouped by node.</summary>
    public int[] Incident { get; }

    /// <summary>Number of edges.</summary>
    public int EdgeCount => From.Length;

    /// <summary>Number of edges at node n.</summary>
    public int Degree(int node) => IncidentStart[node + 1] - IncidentStart[node];

    /// <summary>The graph of noded strings that meet only at their ends.</summary>
    /// <exception cref="InconsistentWindingException">Two different strings start with the same segment.</exception>
    public static WindingGraph Of(IList<ISegmentString> noded)
    {
        // Per string, keyed by its first segment read in its canonical direction: the string and its net count.
        var net = new Dictionary<SegmentKey, (Coordinate[] Points, bool Canonical, int Count)>(noded.Count);
        foreach (var run in noded)
        {
            var points = run.Coordinates;
            var canonical = IsCanonical(points);
            var key = canonical ? SegmentKey.Of(points[0], points[1]).Key : SegmentKey.Of(points[^1], points[^2]).Key;
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(net, key, out var exists);
            if (!exists)
            {
                entry = (points, canonical, 0);
            }
            else if (!SameLine(entry.Points, points))
            {
                throw new InconsistentWindingException("two strings share a first segment but not their whole line");
            }

            entry.Count += canonical == entry.Canonical ? 1 : -1;
        }

        var pointCount = 0;
        foreach (var run in noded)
        {
            pointCount += run.Count;
        }

        var nodeIds = new Dictionary<(double, double), int>(noded.Count);
        var nodes = new List<Coordinate>(pointCount);
        var from = new List<int>(pointCount);
        var to = new List<int>(pointCount);
        var multiplicity = new List<int>(pointCount);
        foreach (var (line, _, count) in net.Values)
        {
            if (count == 0)
            {
                continue;
            }

            // Walk the string so that its count is positive: covered side on the left.
            var forward = count > 0;
            var previous = EndNode(forward ? line[0] : line[^1], nodeIds, nodes);
            for (var i = 1; i < line.Length; i++)
            {
                var point = forward ? line[i] : line[^(i + 1)];
                int current;
                if (i == line.Length - 1)
                {
                    current = EndNode(point, nodeIds, nodes);
                }
                else
                {
                    current = nodes.Count;
                    nodes.Add(point);
                }

                from.Add(previous);
                to.Add(current);
                multiplicity.Add(Math.Abs(count));
                previous = current;
            }
        }

        return new WindingGraph(nodes, from, to, multiplicity);
    }

    /// <summary>Whether the string read forward is its canonical direction (first segment's key direction, ends compared).</summary>
    private static bool IsCanonical(Coordinate[] points)
    {
        var start = points[0];
        var end = points[^1];
        if (start.X != end.X || start.Y != end.Y)
        {
            return start.X < end.X || (start.X == end.X && start.Y < end.Y);
        }

        // A closed string: compare its two first segments from the shared end.
        var second = points[1];
        var last = points[^2];
        return second.X < last.X || (second.X == last.X && second.Y <= last.Y);
    }

    private static bool SameLine(Coordinate[] a, Coordinate[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var reversed = !a[0].Equals2D(b[0]) || (a.Length > 2 && !a[1].Equals2D(b[1]));
        for (var i = 0; i < a.Length; i++)
        {
            if (!a[i].Equals2D(reversed ? b[^(i + 1)] : b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int EndNode(Coordinate point, Dictionary<(double, double), int> ids, List<Coordinate> nodes)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, (point.X, point.Y), out var exists);
        if (!exists)
        {
            id = nodes.Count;
            nodes.Add(point);
        }

        return id;
    }

    private static (int[] Start, int[] Edges) IncidentEdges(int nodeCount, int[] from, int[] to)
    {
        var start = new int[nodeCount + 1];
        foreach (var n in from)
        {
            start[n + 1]++;
        }

        foreach (var n in to)
        {
            start[n + 1]++;
        }

        for (var n = 0; n < nodeCount; n++)
        {
            start[n + 1] += start[n];
        }

        var fill = (int[])start.Clone();
        var edges = new int[2 * from.Length];
        for (var e = 0; e < from.Length; e++)
        {
            edges[fill[from[e]]++] = e;
            edges[fill[to[e]]++] = e;
        }

        return (start, edges);
    }
}
