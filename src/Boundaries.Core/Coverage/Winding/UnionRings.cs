namespace Boundaries.Core.Coverage.Winding;

/// <summary>
/// Traces the boundary of the union (the edges with covered points on the left and uncovered on the right) into rings.
/// </summary>
/// <remarks>
/// Where several boundary edges meet at one node (two parts of the union touching at a point) each arriving edge goes
/// on by the first leaving edge clockwise from where it came: the rings touch at the node instead of crossing there.
/// A ring that still passes a node twice (a hole touching its shell at a point) is split there into simple rings, as
/// a valid polygon's rings must be.
/// </remarks>
internal static class UnionRings
{
    private const int None = -1;

    /// <summary>The closed rings of the union's boundary, shells clockwise and holes counter-clockwise.</summary>
    public static List<Coordinate[]> Trace(WindingGraph graph, int[] rightWinding)
    {
        var leaving = new BoundaryEdges(graph, rightWinding);
        var used = new bool[graph.EdgeCount];
        var rings = new List<Coordinate[]>();
        var walk = new List<int>();
        var splitter = new RingSplitter(graph.Nodes, rings);
        for (var first = 0; first < graph.EdgeCount; first++)
        {
            if (!leaving.IsBoundary(first) || used[first])
            {
                continue;
            }

            walk.Clear();
            var edge = first;
            do
            {
                if (used[edge])
                {
                    throw new InconsistentWindingException("boundary edges do not close into rings");
                }

                used[edge] = true;
                walk.Add(graph.From[edge]);
                edge = Next(graph, edge, leaving);
            }
            while (edge != first);

            splitter.Split(walk);
        }

        return rings;
    }

    private static int Next(WindingGraph graph, int arriving, BoundaryEdges leaving)
    {
        var at = graph.To[arriving];
        var candidate = leaving.First(at);
        if (candidate == None)
        {
            throw new InconsistentWindingException("boundary ends at a node");
        }

        if (leaving.After(candidate) == None)
        {
            return candidate;
        }

        var node = graph.Nodes[at];
        var back = Angle(node, graph.Nodes[graph.From[arriving]]);
        var best = None;
        var bestTurn = double.PositiveInfinity;
        for (; candidate != None; candidate = leaving.After(candidate))
        {
            // Clockwise turn from the way back to the candidate, in (0, 2π].
            var turn = back - Angle(node, graph.Nodes[graph.To[candidate]]);
            if (turn <= 0)
            {
                turn += 2 * Math.PI;
            }

            if (turn < bestTurn)
            {
                bestTurn = turn;
                best = candidate;
            }
        }

        return best;
    }

    private static double Angle(Coordinate from, Coordinate to) => Math.Atan2(to.Y - from.Y, to.X - from.X);

    /// <summary>The boundary edges leaving each node, as a linked list per node (nearly always one edge).</summary>
    private sealed class BoundaryEdges
    {
        private readonly int[] _first;
        private readonly int[] _after;

        public BoundaryEdges(WindingGraph graph, int[] rightWinding)
        {
            _first = new int[graph.Nodes.Count];
            _after = new int[graph.EdgeCount];
            Array.Fill(_first, None);
            var balance = new int[graph.Nodes.Count];
            for (var e = 0; e < graph.EdgeCount; e++)
            {
                // Covered on the left (winding ≥ 1), uncovered on the right (0): the multiplicity is always positive.
                if (rightWinding[e] == 0)
                {
                    _after[e] = _first[graph.From[e]];
                    _first[graph.From[e]] = e;
                    balance[graph.From[e]]++;
                    balance[graph.To[e]]--;
                }
                else
                {
                    _after[e] = int.MinValue;
                }
            }

            if (Array.Exists(balance, b => b != 0))
            {
                throw new InconsistentWindingException("a node has more boundary arriving than leaving");
            }
        }

        public bool IsBoundary(int edge) => _after[edge] != int.MinValue;

        public int First(int node) => _first[node];

        public int After(int edge) => _after[edge];
    }
}
