using System.Runtime.InteropServices;
using Boundaries.Core.Geodesy;

namespace Boundaries.Core.Coverage.Neighbours;

/// <summary>Accumulates, per pair of units, the length of their common boundary and its length-weighted centre.</summary>
internal sealed class PairLengths
{
    private readonly Dictionary<long, Sum> _sums = new(PairKeyComparer.Instance);

    /// <summary>One pair's totals: units by index (A &lt; B), length in metres, weighted centre in lon/lat.</summary>
    public readonly record struct Pair(int A, int B, double LengthMeters, double CentreX, double CentreY);

    /// <summary>Adds the common piece from (x0, y0) to (x1, y1) to the pair of units a and b.</summary>
    public void Add(int a, int b, double x0, double y0, double x1, double y1)
    {
        var length = EllipsoidalMeasure.Wgs84.DistanceMeters(x0, y0, x1, y1);
        var key = a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
        ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(_sums, key, out _);
        sum.Length += length;
        sum.X += (x0 + x1) * 0.5 * length;
        sum.Y += (y0 + y1) * 0.5 * length;
    }

    /// <summary>Adds every sum of another accumulator to this one.</summary>
    public void AddAll(PairLengths other)
    {
        foreach (var (key, sum) in other._sums)
        {
            ref var mine = ref CollectionsMarshal.GetValueRefOrAddDefault(_sums, key, out _);
            mine.Length += sum.Length;
            mine.X += sum.X;
            mine.Y += sum.Y;
        }
    }

    /// <summary>The pairs with a positive common length, in no particular order.</summary>
    public IEnumerable<Pair> Pairs()
    {
        foreach (var (key, sum) in _sums)
        {
            if (sum.Length > 0)
            {
                yield return new Pair((int)(key >> 32), (int)(key & 0xffffffff), sum.Length, sum.X / sum.Length, sum.Y / sum.Length);
            }
        }
    }

    private struct Sum
    {
        public double Length;
        public double X;
        public double Y;
    }

    /// <summary>Hashes a pair key well: long's own hash, a XOR b, puts neighbours with close indices into a few buckets.</summary>
    private sealed class PairKeyComparer : IEqualityComparer<long>
    {
        public static readonly PairKeyComparer Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long key)
        {
            var h = (ulong)key * 0x9E3779B97F4A7C15UL;
            return (int)(h >> 32);
        }
    }
}
