namespace Boundaries.Core.Coverage.Neighbours;

/// <summary>First pass of adjacency: pairs boundary segments of different units whose end points agree on a grid of the tolerance.</summary>
/// <remarks>
/// End points are rounded to multiples of the tolerance, so vertices that differ by floating-point noise (the Trà Vinh
/// layer has offsets of about 3e-10°) hash to the same key. Pairs whose rounding falls on opposite sides of a grid line,
/// and boundaries whose vertices do not correspond, are left to <see cref="TolerantSegmentMatching"/>.
/// </remarks>
internal static class ExactSegmentMatching
{
    // Keys are split into a fixed number of partitions by hash, matched in parallel; a fixed count keeps the order of the
    // length sums, and so the results to the last bit, the same on every machine.
    private const int Partitions = 4;

    /// <summary>Matches equal segments, adds them to <paramref name="pairs"/>, and marks their first vertex in <paramref name="matched"/>.</summary>
    /// <returns>For each vertex index, whether the segment starting there is shorter than the tolerance (ignored by both passes).</returns>
    public static bool[] Run(BoundaryRings rings, double toleranceDegrees, PairLengths pairs, bool[] matched)
    {
        var degenerate = new bool[rings.X.Length];
        var (x0, y0, span) = Origin(rings.X, rings.Y);
        if (span / toleranceDegrees > uint.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(toleranceDegrees), toleranceDegrees, "The tolerance is too fine for the extent of the coverage.");
        }

        var quantizer = new Quantizer(x0, y0, toleranceDegrees);
        var keys = new long[rings.X.Length];
        Parallel.For(0, Partitions, p =>
        {
            for (var i = rings.X.Length * p / Partitions; i < rings.X.Length * (p + 1) / Partitions; i++)
            {
                keys[i] = quantizer.Pack(rings.X[i], rings.Y[i]);
            }
        });

        var parts = new PairLengths[Partitions];
        Parallel.For(0, Partitions, p =>
        {
            parts[p] = new PairLengths();
            RunPartition(rings, p, keys, parts[p], matched, degenerate);
        });
        foreach (var part in parts)
        {
            pairs.AddAll(part);
        }

        return degenerate;
    }

    private static void RunPartition(BoundaryRings rings, int partition, long[] keys, PairLengths pairs, bool[] matched, bool[] degenerate)
    {
        var x = rings.X;
        var y = rings.Y;
        var open = new SegmentTable(x.Length / Partitions);
        for (var r = 0; r < rings.RingCount; r++)
        {
            var unit = rings.RingUnit[r];
            var end = rings.RingStart[r + 1] - 1;
            for (var i = rings.RingStart[r]; i < end; i++)
            {
                var from = keys[i];
                var next = keys[i + 1];
                if (from == next)
                {
                    // Every partition sees the same segments, so each marks them; the writes agree.
                    degenerate[i] = true;
                    continue;
                }

                var (lo, hi) = from < next ? (from, next) : (next, from);
                var hash = SegmentTable.Hash(lo, hi);
                if ((int)(hash & (Partitions - 1)) != partition)
                {
                    continue;
                }

                var waiting = open.MatchOrAdd(lo, hi, hash, ((long)unit << 32) | (uint)i);
                if (waiting < 0)
                {
                    continue;
                }

                var otherUnit = (int)(waiting >> 32);
                if (otherUnit == unit)
                {
                    // Two segments of one unit: keep the first waiting for a neighbour.
                    open.MatchOrAdd(lo, hi, hash, waiting);
                    continue;
                }

                var j = (int)(waiting & 0xffffffff);
                matched[i] = true;
                matched[j] = true;
                pairs.Add(unit, otherUnit, x[i], y[i], x[i + 1], y[i + 1]);
            }
        }
    }

    private static (double X, double Y, double Span) Origin(double[] x, double[] y)
    {
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity, maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        for (var i = 0; i < x.Length; i++)
        {
            minX = Math.Min(minX, x[i]);
            minY = Math.Min(minY, y[i]);
            maxX = Math.Max(maxX, x[i]);
            maxY = Math.Max(maxY, y[i]);
        }

        if (x.Length == 0)
        {
            return (0, 0, 0);
        }

        var (x0, y0) = (Math.Floor(minX) - 1, Math.Floor(minY) - 1);
        return (x0, y0, Math.Max(maxX - x0, maxY - y0) + 1);
    }

    /// <summary>Rounds coordinates to multiples of the tolerance, counted from an origin below the data, packed into one long.</summary>
    private readonly struct Quantizer(double x0, double y0, double toleranceDegrees)
    {
        private readonly double _scale = 1 / toleranceDegrees;

        public long Pack(double lon, double lat)
        {
            // Run checked the extent, so both fit in 32 bits.
            var qx = (long)Math.Round((lon - x0) * _scale);
            var qy = (long)Math.Round((lat - y0) * _scale);
            return (qx << 32) | qy;
        }
    }
}
