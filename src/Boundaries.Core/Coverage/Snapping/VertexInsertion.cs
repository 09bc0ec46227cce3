using Boundaries.Core.Geodesy;
using NetTopologySuite.Index.Strtree;

namespace Boundaries.Core.Coverage.Snapping;

/// <summary>Second pass of snapping: inserts each vertex into the segments of other units that pass within the tolerance of it.</summary>
/// <remarks>
/// Two rules keep the pass from creating new slivers. A point goes into the nearest segment of a ring only (near a slightly
/// bent corner it is within the tolerance of both segments, and inserting it twice would make the ring touch itself). And a
/// segment that two units already share exactly is settled: it takes no point from a unit that shares it, because that
/// point lies off their common boundary (at a junction a few decimetres away, say) and only one side would bend.
/// </remarks>
internal static class VertexInsertion
{
    /// <summary>Records the insertions in the rings and counts them and the largest segment shift per unit.</summary>
    public static void Run(IReadOnlyList<SnapRing> rings, double cellDegrees, double toleranceMeters, int[] inserted, double[] shift)
    {
        var segments = new STRtree<(int Ring, int K)>();
        var segmentUnits = new Dictionary<(double, double, double, double), List<int>>();
        var vertexUnits = new Dictionary<(double, double), List<int>>();
        for (var r = 0; r < rings.Count; r++)
        {
            var ring = rings[r];
            for (var k = 0; k < ring.X.Length; k++)
            {
                var n = (k + 1) % ring.X.Length;
                segments.Insert(new Envelope(ring.X[k], ring.X[n], ring.Y[k], ring.Y[n]), (r, k));
                AddUnit(segmentUnits, SegmentKey(ring, k), ring.Unit);
                AddUnit(vertexUnits, (ring.X[k], ring.Y[k]), ring.Unit);
            }
        }

        var best = new Dictionary<(int Ring, double X, double Y), (int K, double T, double D)>();
        foreach (var ((px, py), owners) in vertexUnits)
        {
            foreach (var (r, k) in segments.Query(new Envelope(px - cellDegrees, px + cellDegrees, py - cellDegrees, py + cellDegrees)))
            {
                var target = rings[r];
                if (owners.Contains(target.Unit) || Settled(segmentUnits[SegmentKey(target, k)], target.Unit, owners))
                {
                    continue;
                }

                var n = (k + 1) % target.X.Length;
                if (Foot(px, py, target.X[k], target.Y[k], target.X[n], target.Y[n]) is not { } t)
                {
                    continue;
                }

                var fx = target.X[k] + (t * (target.X[n] - target.X[k]));
                var fy = target.Y[k] + (t * (target.Y[n] - target.Y[k]));
                var d = EllipsoidalMeasure.Wgs84.DistanceMeters(px, py, fx, fy);
                if (d <= toleranceMeters && (!best.TryGetValue((r, px, py), out var found) || d < found.D))
                {
                    best[(r, px, py)] = (k, t, d);
                }
            }
        }

        foreach (var ((r, px, py), (k, t, d)) in best)
        {
            var target = rings[r];
            if (!target.HasVertexAt(px, py) && target.Insert(k, t, px, py))
            {
                inserted[target.Unit]++;
                shift[target.Unit] = Math.Max(shift[target.Unit], d);
            }
        }
    }

    private static bool Settled(List<int> sharers, int unit, List<int> owners) => sharers.Exists(s => s != unit && owners.Contains(s));

    private static (double, double, double, double) SegmentKey(SnapRing ring, int k)
    {
        var n = (k + 1) % ring.X.Length;
        var (ax, ay, bx, by) = (ring.X[k], ring.Y[k], ring.X[n], ring.Y[n]);
        return ax < bx || (ax == bx && ay <= by) ? (ax, ay, bx, by) : (bx, by, ax, ay);
    }

    private static void AddUnit<TKey>(Dictionary<TKey, List<int>> map, TKey key, int unit)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(unit))
        {
            list.Add(unit);
        }
    }

    /// <summary>The fraction along segment AB of the foot of P, when it falls strictly inside and P is not an end point.</summary>
    private static double? Foot(double px, double py, double ax, double ay, double bx, double by)
    {
        if ((px == ax && py == ay) || (px == bx && py == by))
        {
            return null;
        }

        // Longitude scaled by cos φ so that "perpendicular" means perpendicular on the ground.
        var scale = Math.Cos((ay + by) * 0.5 * Math.PI / 180);
        var dx = (bx - ax) * scale;
        var dy = by - ay;
        var length2 = (dx * dx) + (dy * dy);
        if (length2 == 0)
        {
            return null;
        }

        var t = (((px - ax) * scale * dx) + ((py - ay) * dy)) / length2;
        return t > 0 && t < 1 ? t : null;
    }
}
