using System.Runtime.InteropServices;

namespace Boundaries.Core.Coverage;

/// <summary>First pass of adjacency: pairs boundary segments of different units whose end points agree on a grid of the tolerance.</summary>
/// <remarks>
/// End points are rounded to multiples of the tolerance, so vertices that differ by floating-point noise (the Trà Vinh
/// layer has offsets of about 3e-10°) hash to the same key. Pairs whose rounding falls on opposite sides of a grid line,
/// and boundaries whose vertices do not correspond, are left to <see cref="TolerantSegmentMatching"/>.
/// </remarks>
internal static class ExactSegmentMatching
{
    /// <summary>Matches equal segments, adds them to <paramref name="pairs"/>, and marks their first vertex in <paramref name="matched"/>.</summary>
    /// <returns>For each vertex index, whether the segment starting there is shorter than the tolerance (ignored by both passes).</returns>
    public static bool[] Run(BoundaryRings rings, double toleranceDegrees, PairLengths pairs, bool[] matched)
    {
        var x = rings.X;
        var y = rings.Y;
        var degenerate = new bool[x.Length];
        var (x0, y0) = Origin(x, y);
        var scale = 1 / toleranceDegrees;
        var open = new Dictionary<SegmentKey, long>(x.Length / 2);
        for (var r = 0; r < rings.RingCount; r++)
        {
            var unit = rings.RingUnit[r];
            var end = rings.RingStart[r + 1] - 1;
            var previous = Pack(x[rings.RingStart[r]], y[rings.RingStart[r]]);
            for (var i = rings.RingStart[r]; i < end; i++)
            {
                var next = Pack(x[i + 1], y[i + 1]);
                var from = previous;
                previous = next;
                if (from == next)
                {
                    degenerate[i] = true;
                    continue;
                }

                var key = from < next ? new SegmentKey(from, next) : new SegmentKey(next, from);
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(open, key, out var seen);
                if (!seen)
                {
                    slot = ((long)unit << 32) | (uint)i;
                    continue;
                }

                var otherUnit = (int)(slot >> 32);
                if (otherUnit == unit)
                {
                    continue;
                }

                var j = (int)(slot & 0xffffffff);
                matched[i] = true;
                matched[j] = true;
                pairs.Add(unit, otherUnit, x[i], y[i], x[i + 1], y[i + 1]);
                open.Remove(key);
            }
        }

        return degenerate;

        long Pack(double lon, double lat)
        {
            var qx = Math.Round((lon - x0) * scale);
            var qy = Math.Round((lat - y0) * scale);
            if (qx > uint.MaxValue || qy > uint.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(toleranceDegrees), toleranceDegrees, "The tolerance is too fine for the extent of the coverage.");
            }

            return ((long)qx << 32) | (long)qy;
        }
    }

    private static (double X, double Y) Origin(double[] x, double[] y)
    {
        var minX = double.PositiveInfinity;
        var minY = double.PositiveInfinity;
        for (var i = 0; i < x.Length; i++)
        {
            minX = Math.Min(minX, x[i]);
            minY = Math.Min(minY, y[i]);
        }

        return (Math.Floor(minX) - 1, Math.Floor(minY) - 1);
    }

    private readonly struct SegmentKey(long from, long to) : IEquatable<SegmentKey>
    {
        private readonly long _from = from;
        private readonly long _to = to;

        public bool Equals(SegmentKey other) => _from == other._from && _to == other._to;

        public override bool Equals(object? obj) => obj is SegmentKey other && Equals(other);

        public override int GetHashCode()
        {
            // Quantized coordinates are highly regular; a multiplicative mix spreads them over the buckets.
            var h = (ulong)_from * 0x9E3779B97F4A7C15UL;
            h ^= (ulong)_to * 0xC2B2AE3D27D4EB4FUL;
            return (int)(h ^ (h >> 29));
        }
    }
}
