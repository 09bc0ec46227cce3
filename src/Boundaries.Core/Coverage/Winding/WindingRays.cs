using NetTopologySuite.Algorithm;

namespace Boundaries.Core.Coverage.Winding;

/// <summary>
/// Winding numbers by a vertical ray up from an edge, adding up the signed edges it crosses, with the edges bucketed in
/// vertical strips so that a ray looks only at the edges over its own x.
/// </summary>
/// <remarks>
/// Interior is on the left of every edge, so an edge crossing an upward ray from right to left (westward) adds its
/// multiplicity to the winding number below it, and an eastward edge subtracts it. Whether an edge lies above the
/// ray's edge is decided by the exact orientation predicate on the two edges' own end points (noded edges do not
/// cross, so one lies above the other over their common x), never on a computed start point: two boundaries a rounding
/// error apart are ordered as exactly as the noding left them. A chain of vertical edges only is handled in a frame
/// turned a quarter counter-clockwise, where its ray to the right points up (a rotation keeps winding numbers).
/// </remarks>
internal sealed class WindingRays
{
    private readonly WindingGraph _graph;
    private readonly double _minX;
    private readonly double _stripWidth;
    private readonly int[] _stripStart;
    private readonly int[] _stripEdges;

    public WindingRays(WindingGraph graph)
    {
        _graph = graph;
        var maxX = double.NegativeInfinity;
        _minX = double.PositiveInfinity;
        foreach (var node in graph.Nodes)
        {
            _minX = Math.Min(_minX, node.X);
            maxX = Math.Max(maxX, node.X);
        }

        var strips = Math.Max(1, (int)Math.Sqrt(graph.EdgeCount));
        _stripWidth = Math.Max((maxX - _minX) / strips, double.Epsilon);
        _stripStart = new int[strips + 1];
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            var (first, last) = StripsOf(e);
            for (var s = first; s <= last; s++)
            {
                _stripStart[s + 1]++;
            }
        }

        for (var s = 0; s < strips; s++)
        {
            _stripStart[s + 1] += _stripStart[s];
        }

        var fill = (int[])_stripStart.Clone();
        _stripEdges = new int[_stripStart[strips]];
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            var (first, last) = StripsOf(e);
            for (var s = first; s <= last; s++)
            {
                _stripEdges[fill[s]++] = e;
            }
        }
    }

    /// <summary>The winding number on the right of the edges of a chain (all share it).</summary>
    public int RightOf(List<int> chain)
    {
        var widest = chain[0];
        foreach (var edge in chain)
        {
            if (Width(edge) > Width(widest))
            {
                widest = edge;
            }
        }

        if (Width(widest) > 0)
        {
            var x = (From(widest).X + To(widest).X) / 2;
            var strip = Strip(x);
            return RightOfByUpwardRay(widest, x, _stripEdges.AsSpan(_stripStart[strip], _stripStart[strip + 1] - _stripStart[strip]), From, To, _graph);
        }

        // Vertical edges only (rare): a quarter turn makes them horizontal; every edge is a candidate there.
        static Coordinate Turned(Coordinate c) => new(-c.Y, c.X);
        var turnedX = (-From(widest).Y - To(widest).Y) / 2;
        var all = Enumerable.Range(0, _graph.EdgeCount).ToArray();
        return RightOfByUpwardRay(widest, turnedX, all, e => Turned(From(e)), e => Turned(To(e)), _graph);
    }

    /// <summary>The winding number on the right of an edge, from the edges crossing the vertical line at x above it.</summary>
    private static int RightOfByUpwardRay(
        int edge, double x, ReadOnlySpan<int> candidates, Func<int, Coordinate> from, Func<int, Coordinate> to, WindingGraph graph)
    {
        var a = from(edge);
        var b = to(edge);
        if (x <= Math.Min(a.X, b.X) || x >= Math.Max(a.X, b.X))
        {
            throw new InconsistentWindingException("edge too short to cast a ray from");
        }

        var above = 0;
        foreach (var e in candidates)
        {
            var p = from(e);
            var q = to(e);
            if (e == edge || (p.X <= x) == (q.X <= x))
            {
                continue;
            }

            if (EdgeOrder.IsAbove(p, q, a, b))
            {
                above += q.X < p.X ? graph.Multiplicity[e] : -graph.Multiplicity[e];
            }
        }

        // Eastward: the right is below, where the ray also crosses the edge itself; westward: the right is above.
        return b.X > a.X ? above - graph.Multiplicity[edge] : above;
    }

    private Coordinate From(int edge) => _graph.Nodes[_graph.From[edge]];

    private Coordinate To(int edge) => _graph.Nodes[_graph.To[edge]];

    private double Width(int edge) => Math.Abs(To(edge).X - From(edge).X);

    private (int First, int Last) StripsOf(int edge)
    {
        var x0 = From(edge).X;
        var x1 = To(edge).X;
        return (Strip(Math.Min(x0, x1)), Strip(Math.Max(x0, x1)));
    }

    private int Strip(double x) => Math.Clamp((int)((x - _minX) / _stripWidth), 0, _stripStart.Length - 2);
}
