using NetTopologySuite.Noding;

namespace Boundaries.Core.Coverage.Winding;

/// <summary>
/// The union of a group of polygons in one noding pass: shared edges cancel, the rest is noded once, and the boundary
/// of the union is where the number of parts covering a point drops from one or more to none.
/// </summary>
/// <remarks>
/// Overlay unions a group pairwise (each vertex is noded about log₂(parts) times); this nodes every surviving segment
/// once, whatever overlaps and gaps the group has. Its noding is floating-point, as overlay's first attempt is, and is
/// checked the same way: where it is not provably clean the method gives up (null) and the caller uses robust overlay.
/// </remarks>
internal static class WindingUnion
{
    /// <summary>The union of the parts, or null where floating-point noding could not be proven consistent.</summary>
    public static Geometry? TryUnion(IReadOnlyList<Geometry> parts)
    {
        var surviving = BoundarySegments.Surviving(parts);
        if (surviving.Count == 0)
        {
            return null;
        }

        var noder = new MCIndexNoder(new SegmentNodeAdder());
        noder.ComputeNodes(surviving);
        var noded = noder.GetNodedSubstrings();
        if (!NodingCheck.IsClean(surviving, noded))
        {
            return null;
        }

        try
        {
            var graph = WindingGraph.Of(noded);
            var rightWinding = EdgeWinding.RightOfEdges(graph);
            return UnionPolygons.Assemble(UnionRings.Trace(graph, rightWinding), parts[0].Factory);
        }
        catch (InconsistentWindingException)
        {
            return null;
        }
    }
}
