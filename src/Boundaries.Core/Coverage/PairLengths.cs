using System.Runtime.InteropServices;
using Boundaries.Core.Geodesy;

namespace Boundaries.Core.Coverage;

/// <summary>Accumulates, per pair of units, the length of their common boundary and its length-weighted centre.</summary>
internal sealed class PairLengths
{
    private readonly Dictionary<long, Sum> _sums = [];

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
}
