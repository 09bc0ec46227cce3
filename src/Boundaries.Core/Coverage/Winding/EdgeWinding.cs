namespace Boundaries.Core.Coverage.Winding;

/// <summary>
/// The winding number on the right of every edge of a <see cref="WindingGraph"/>: how many parts cover the points
/// just right of it.
/// </summary>
/// <remarks>
/// Along a chain of edges joined at nodes of degree two the faces on either side do not change, so one ray per
/// chain is enough: the chains are few (a node of degree other than two is where boundaries meet or cross).
/// </remarks>
internal static class EdgeWinding
{
    /// <summary>The winding number on the right of each edge.</summary>
    /// <exception cref="InconsistentWindingException">The graph is not consistently noded.</exception>
    public static int[] RightOfEdges(WindingGraph graph)
    {
        var right = new int[graph.EdgeCount];
        var done = new bool[graph.EdgeCount];
        var rays = new WindingRays(graph);
        var chain = new List<int>();
        for (var node = 0; node < graph.Nodes.Count; node++)
        {
            if (graph.Degree(node) == 2)
            {
                continue;
            }

            for (var i = graph.IncidentStart[node]; i < graph.IncidentStart[node + 1]; i++)
            {
                var edge = graph.Incident[i];
                if (!done[edge])
                {
                    Walk(graph, node, edge, chain, done);
                    Assign(rays.RightOf(chain), chain, right);
                }
            }
        }

        // What is left are closed chains whose every node has degree two: rings touching nothing.
        for (var edge = 0; edge < graph.EdgeCount; edge++)
        {
            if (!done[edge])
            {
                Walk(graph, graph.From[edge], edge, chain, done);
                Assign(rays.RightOf(chain), chain, right);
            }
        }

        return right;
    }

    /// <summary>Collects the chain that leaves start by first, through nodes of degree two.</summary>
    private static void Walk(WindingGraph graph, int start, int first, List<int> chain, bool[] done)
    {
        chain.Clear();
        var node = start;
        var edge = first;
        var forward = graph.From[first] == start;
        while (true)
        {
            if (done[edge] || (graph.From[edge] == node) != forward || graph.Multiplicity[edge] != graph.Multiplicity[first])
            {
                // Across a node of degree two the flow of boundary must go on unchanged; anything else is bad noding.
                throw new InconsistentWindingException("boundary flow changes along a chain");
            }

            done[edge] = true;
            chain.Add(edge);
            node = graph.From[edge] == node ? graph.To[edge] : graph.From[edge];
            if (node == start || graph.Degree(node) != 2)
            {
                return;
            }

            var at = graph.IncidentStart[node];
            edge = graph.Incident[at] == edge ? graph.Incident[at + 1] : graph.Incident[at];
        }
    }

    private static void Assign(int rightWinding, List<int> chain, int[] right)
    {
        if (rightWinding < 0)
        {
            throw new InconsistentWindingException("negative winding number");
        }

        foreach (var edge in chain)
        {
            right[edge] = rightWinding;
        }
    }
}
