namespace Boundaries.Core.Coverage;

/// <summary>Every ring of a set of polygonal geometries packed into flat coordinate arrays, for fast segment scans.</summary>
/// <remarks>Ring r holds the closed vertex run <c>[RingStart[r], RingStart[r + 1])</c>; its segment i joins vertex i to i + 1.</remarks>
internal sealed class BoundaryRings
{
    private BoundaryRings(double[] x, double[] y, int[] ringStart, int[] ringUnit)
    {
        X = x;
        Y = y;
        RingStart = ringStart;
        RingUnit = ringUnit;
    }

    /// <summary>Longitudes of all vertices.</summary>
    public double[] X { get; }

    /// <summary>Latitudes of all vertices.</summary>
    public double[] Y { get; }

    /// <summary>Index of the first vertex of each ring, with one extra entry for the end.</summary>
    public int[] RingStart { get; }

    /// <summary>Index of the geometry each ring belongs to.</summary>
    public int[] RingUnit { get; }

    /// <summary>Number of rings.</summary>
    public int RingCount => RingUnit.Length;

    /// <summary>Packs the rings of Polygon and MultiPolygon geometries; any other geometry is a caller's bug.</summary>
    public static BoundaryRings Of(IReadOnlyList<Geometry> geometries)
    {
        var vertexCount = 0;
        var ringCount = 0;
        foreach (var geometry in geometries)
        {
            foreach (var ring in RingsOf(geometry))
            {
                vertexCount += ring.NumPoints;
                ringCount++;
            }
        }

        var x = new double[vertexCount];
        var y = new double[vertexCount];
        var ringStart = new int[ringCount + 1];
        var ringUnit = new int[ringCount];
        var v = 0;
        var r = 0;
        for (var unit = 0; unit < geometries.Count; unit++)
        {
            foreach (var ring in RingsOf(geometries[unit]))
            {
                ringStart[r] = v;
                ringUnit[r++] = unit;
                var sequence = ring.CoordinateSequence;
                for (var i = 0; i < sequence.Count; i++, v++)
                {
                    x[v] = sequence.GetX(i);
                    y[v] = sequence.GetY(i);
                }
            }
        }

        ringStart[ringCount] = v;
        return new BoundaryRings(x, y, ringStart, ringUnit);
    }

    private static IEnumerable<LineString> RingsOf(Geometry geometry)
    {
        if (geometry is not (Polygon or MultiPolygon))
        {
            throw new ArgumentException($"Coverage units must be polygons, not {geometry.GeometryType}.", nameof(geometry));
        }

        for (var p = 0; p < geometry.NumGeometries; p++)
        {
            var polygon = (Polygon)geometry.GetGeometryN(p);
            if (polygon.IsEmpty)
            {
                continue;
            }

            yield return polygon.ExteriorRing;
            for (var h = 0; h < polygon.NumInteriorRings; h++)
            {
                yield return polygon.GetInteriorRingN(h);
            }
        }
    }
}
