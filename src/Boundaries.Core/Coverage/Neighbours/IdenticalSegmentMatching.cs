using System.Runtime.InteropServices;

namespace Boundaries.Core.Coverage.Neighbours;

/// <summary>Strict adjacency: pairs units that have an identical boundary segment (the same two vertices, in either direction).</summary>
/// <remarks>
/// This is rook adjacency as GEOS-based tools compute it on a layer whose neighbours share vertices: on the national c2013
/// layer, thinned and densified alike, it finds the same 18,132 pairs as boundary ∩ boundary of positive length in
/// geopandas, SpatiaLite and PostGIS. Segments are hashed on their exact coordinates; a hash shared by two different
/// segments is resolved by comparing the coordinates, so a collision can never pair the wrong units.
/// </remarks>
internal static class IdenticalSegmentMatching
{
    /// <summary>Adds every identical segment of two different geometries (by index) to <paramref name="pairs"/>.</summary>
    /// <remarks>Reads the coordinate sequences in place: a national layer's 3.6 M vertices are not copied.</remarks>
    public static void Run(IReadOnlyList<Geometry> geometries, PairLengths pairs)
    {
        var rings = new List<(CoordinateSequence Sequence, int Unit)>();
        var segmentCount = 0;
        for (var unit = 0; unit < geometries.Count; unit++)
        {
            foreach (var ring in RingsOf(geometries[unit]))
            {
                rings.Add((ring.CoordinateSequence, unit));
                segmentCount += Math.Max(0, ring.NumPoints - 1);
            }
        }

        // About half the segments of a layer are shared; the others stay in the table, so it is sized for 60 % at once.
        var open = new Dictionary<ulong, long>((int)(segmentCount * 0.6));
        Dictionary<(double, double, double, double), long>? collided = null;
        for (var r = 0; r < rings.Count; r++)
        {
            var (sequence, unit) = rings[r];
            for (var i = 0; i < sequence.Count - 1; i++)
            {
                var segment = Normalised(sequence, i);
                var (ax, ay, bx, by) = segment;
                if (ax == bx && ay == by)
                {
                    continue;
                }

                // A segment whose hash was taken by a different segment waits in the side table, so look there first.
                if (collided is { Count: > 0 } && collided.TryGetValue(segment, out var waiting))
                {
                    if (Pair(rings[(int)(waiting >> 32)].Unit, unit, segment, pairs))
                    {
                        collided.Remove(segment);
                    }

                    continue;
                }

                var hash = Hash(ax, ay, bx, by);
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(open, hash, out var seen);
                if (!seen)
                {
                    slot = Entry(r, i);
                    continue;
                }

                if (Normalised(rings[(int)(slot >> 32)].Sequence, (int)(slot & 0xffffffff)) != segment)
                {
                    collided ??= [];
                    collided[segment] = Entry(r, i);
                    continue;
                }

                if (Pair(rings[(int)(slot >> 32)].Unit, unit, segment, pairs))
                {
                    open.Remove(hash);
                }
            }
        }
    }

    private static bool Pair(int otherUnit, int unit, (double, double, double, double) segment, PairLengths pairs)
    {
        if (otherUnit == unit)
        {
            return false;
        }

        var (ax, ay, bx, by) = segment;
        pairs.Add(unit, otherUnit, ax, ay, bx, by);
        return true;
    }

    private static IEnumerable<LineString> RingsOf(Geometry geometry)
    {
        for (var p = 0; p < geometry.NumGeometries; p++)
        {
            if (geometry.GetGeometryN(p) is not Polygon polygon)
            {
                throw new ArgumentException($"Coverage units must be polygons, not {geometry.GeometryType}.", nameof(geometry));
            }

            if (polygon.IsEmpty)
            {
                continue;
            }

            yield return polygon.ExteriorRing;
            foreach (var hole in polygon.InteriorRings)
            {
                yield return hole;
            }
        }
    }

    private static (double, double, double, double) Normalised(CoordinateSequence sequence, int i) =>
        Normalised(sequence.GetX(i), sequence.GetY(i), sequence.GetX(i + 1), sequence.GetY(i + 1));

    private static long Entry(int ring, int vertex) => ((long)ring << 32) | (uint)vertex;

    private static (double, double, double, double) Normalised(double x0, double y0, double x1, double y1) =>
        x0 < x1 || (x0 == x1 && y0 <= y1) ? (x0, y0, x1, y1) : (x1, y1, x0, y0);

    private static ulong Hash(double ax, double ay, double bx, double by)
    {
        var h = (ulong)BitConverter.DoubleToInt64Bits(ax) * 0x9E3779B97F4A7C15UL;
        h = (h ^ (h >> 31) ^ (ulong)BitConverter.DoubleToInt64Bits(ay)) * 0xC2B2AE3D27D4EB4FUL;
        h = (h ^ (h >> 29) ^ (ulong)BitConverter.DoubleToInt64Bits(bx)) * 0x165667B19E3779F9UL;
        h = (h ^ (h >> 32) ^ (ulong)BitConverter.DoubleToInt64Bits(by)) * 0x9E3779B97F4A7C15UL;
        return h ^ (h >> 29);
    }
}
