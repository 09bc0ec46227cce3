namespace Boundaries.Core.Coverage.Neighbours;

/// <summary>Second pass of adjacency: finds where unmatched boundary segments of different units run along each other within the tolerance.</summary>
/// <remarks>
/// Segments are bucketed in a uniform grid (long segments are registered piece by piece, so a cell only holds segments
/// that pass near it), the buckets are formed by a radix sort, and only segments sharing a cell are compared. Two segments share
/// the stretch of one whose both ends lie within the tolerance of the other; stretches no longer than twice the tolerance
/// are point contacts and do not count. A pair found in several cells is counted only in the cell holding the start of
/// its common stretch.
/// </remarks>
internal static class TolerantSegmentMatching
{
    /// <summary>Adds the common stretches of the segments that are neither matched nor degenerate to <paramref name="pairs"/>.</summary>
    public static void Run(BoundaryRings rings, double toleranceDegrees, bool[] matched, bool[] degenerate, PairLengths pairs)
    {
        var x = rings.X;
        var y = rings.Y;
        var segments = new List<int>();
        var units = new List<int>();
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity, maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        var extentSum = 0.0;
        for (var r = 0; r < rings.RingCount; r++)
        {
            for (var i = rings.RingStart[r]; i < rings.RingStart[r + 1] - 1; i++)
            {
                if (matched[i] || degenerate[i])
                {
                    continue;
                }

                segments.Add(i);
                units.Add(rings.RingUnit[r]);
                extentSum += Math.Max(Math.Abs(x[i + 1] - x[i]), Math.Abs(y[i + 1] - y[i]));
                minX = Math.Min(minX, Math.Min(x[i], x[i + 1]));
                maxX = Math.Max(maxX, Math.Max(x[i], x[i + 1]));
                minY = Math.Min(minY, Math.Min(y[i], y[i + 1]));
                maxY = Math.Max(maxY, Math.Max(y[i], y[i + 1]));
            }
        }

        if (segments.Count < 2)
        {
            return;
        }

        var grid = SegmentGrid.Create(minX, minY, maxX, maxY, 2 * extentSum / segments.Count, toleranceDegrees, segments.Count);
        var bands = grid.Register(x, y, segments, 1.5 * toleranceDegrees, Bands);
        var segmentsArray = segments.ToArray();
        var unitsArray = units.ToArray();
        var parts = new PairLengths[Bands];
        Parallel.For(0, Bands, b =>
        {
            parts[b] = new PairLengths();
            CompareCells(bands[b], parts[b]);
        });
        foreach (var part in parts)
        {
            pairs.AddAll(part);
        }

        void CompareCells(long[] entries, PairLengths found)
        {
            var start = 0;
            while (start < entries.Length)
            {
                var cell = grid.CellOf(entries[start]);
                var end = start + 1;
                while (end < entries.Length && grid.CellOf(entries[end]) == cell)
                {
                    end++;
                }

                for (var p = start; p < end; p++)
                {
                    var a = grid.SegmentOf(entries[p]);
                    for (var q = p + 1; q < end; q++)
                    {
                        var b = grid.SegmentOf(entries[q]);
                        if (unitsArray[a] != unitsArray[b])
                        {
                            Compare(a, b, cell, found);
                        }
                    }
                }

                start = end;
            }
        }

        void Compare(int a, int b, long cell, PairLengths found)
        {
            // The stretch is measured along the segment of the unit that comes first, so a pair is counted once.
            if (unitsArray[a] > unitsArray[b])
            {
                (a, b) = (b, a);
            }

            var s = segmentsArray[a];
            var t = segmentsArray[b];
            if (!SegmentOverlap.Along(x[s], y[s], x[s + 1], y[s + 1], x[t], y[t], x[t + 1], y[t + 1], toleranceDegrees, out var overlap))
            {
                return;
            }

            if (grid.CellAt(overlap.X0, overlap.Y0) == cell)
            {
                found.Add(unitsArray[a], unitsArray[b], overlap.X0, overlap.Y0, overlap.X1, overlap.Y1);
            }
        }
    }

    // Bands of grid rows are sorted and compared in parallel; a fixed count keeps the order of the length sums, and so the
    // results to the last bit, the same on every machine.
    private const int Bands = 8;
}
