using NetTopologySuite.Noding;

namespace Boundaries.Core.Coverage.Winding;

/// <summary>
/// Checks that floating-point noding left no two segments crossing or touching away from their ends, as overlay's
/// validating noder does, but only at the segments ending in a point the noding computed.
/// </summary>
/// <remarks>
/// Every segment that keeps both ends of an input segment was already tested against every other input segment by the
/// noder, so a new crossing can only involve a segment ending at a computed intersection point (rounded, hence
/// perhaps a little off both segments it came from). Those few are tested against all; the rest need no second pass.
/// </remarks>
internal static class NodingCheck
{
    /// <summary>True when the noded strings meet only at their ends.</summary>
    public static bool IsClean(IList<ISegmentString> input, IList<ISegmentString> noded)
    {
        var computed = new HashSet<(double, double)>();
        foreach (var run in input)
        {
            foreach (SegmentNode node in ((NodedSegmentString)run).NodeList)
            {
                if (node.IsInterior)
                {
                    computed.Add((node.Coord.X, node.Coord.Y));
                }
            }
        }

        if (computed.Count == 0)
        {
            return true;
        }

        var suspects = new List<ISegmentString>();
        foreach (var run in noded)
        {
            var points = run.Coordinates;
            if (computed.Contains((points[0].X, points[0].Y)))
            {
                suspects.Add(new NodedSegmentString([points[0], points[1]], new SegmentOf(run, 0)));
            }

            if (computed.Contains((points[^1].X, points[^1].Y)))
            {
                suspects.Add(new NodedSegmentString([points[^2], points[^1]], new SegmentOf(run, points.Length - 2)));
            }
        }

        var finder = new EndOnlyContacts();
        new MCIndexSegmentSetMutualIntersector(suspects).Process(noded, new AsInNodedRun(finder));
        return !finder.Found;
    }

    /// <summary>Which segment of which noded string a suspect segment is.</summary>
    private sealed record SegmentOf(ISegmentString Run, int Index);

    /// <summary>Passes each test on as between the noded strings themselves, so that neighbours in a string are not
    /// taken for a crossing and a segment is not tested against itself.</summary>
    private sealed class AsInNodedRun(EndOnlyContacts finder) : ISegmentIntersector
    {
        public bool IsDone => finder.IsDone;

        public void ProcessIntersections(ISegmentString e0, int segIndex0, ISegmentString e1, int segIndex1)
        {
            if (e0.Context is SegmentOf first)
            {
                (e0, segIndex0) = (first.Run, first.Index);
            }

            if (e1.Context is SegmentOf second)
            {
                (e1, segIndex1) = (second.Run, second.Index);
            }

            finder.ProcessIntersections(e0, segIndex0, e1, segIndex1);
        }
    }
}
