namespace Boundaries.Core.Coverage.Snapping;

/// <summary>A working copy of one ring during snapping: its open vertex list, the vertices to insert per segment, and counters.</summary>
/// <param name="unit">Index of the unit.</param>
/// <param name="part">Index of the polygon within the unit.</param>
/// <param name="isShell">Whether it is the exterior ring.</param>
/// <param name="x">Vertex longitudes, without the closing vertex.</param>
/// <param name="y">Vertex latitudes, without the closing vertex.</param>
internal sealed class SnapRing(int unit, int part, bool isShell, double[] x, double[] y)
{
    private readonly Dictionary<int, List<(double T, double X, double Y)>> _inserts = [];

    /// <summary>Index of the unit.</summary>
    public int Unit { get; } = unit;

    /// <summary>Index of the polygon within the unit.</summary>
    public int Part { get; } = part;

    /// <summary>Whether it is the exterior ring.</summary>
    public bool IsShell { get; } = isShell;

    /// <summary>Vertex longitudes, without the closing vertex.</summary>
    public double[] X { get; } = x;

    /// <summary>Vertex latitudes, without the closing vertex.</summary>
    public double[] Y { get; } = y;

    /// <summary>Copies a ring, dropping its closing vertex.</summary>
    public static SnapRing Of(LineString ring, int unit, int part, bool isShell)
    {
        var sequence = ring.CoordinateSequence;
        var n = Math.Max(0, sequence.Count - 1);
        var x = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = sequence.GetX(i);
            y[i] = sequence.GetY(i);
        }

        return new SnapRing(unit, part, isShell, x, y);
    }

    /// <summary>Whether the ring already has a vertex at (px, py).</summary>
    public bool HasVertexAt(double px, double py)
    {
        for (var k = 0; k < X.Length; k++)
        {
            if (X[k] == px && Y[k] == py)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Asks for the point (px, py) to be inserted into segment k at fraction t along it; the same point twice counts once.</summary>
    public bool Insert(int k, double t, double px, double py)
    {
        if (!_inserts.TryGetValue(k, out var list))
        {
            _inserts[k] = list = [];
        }

        if (list.Exists(p => p.X == px && p.Y == py))
        {
            return false;
        }

        list.Add((t, px, py));
        return true;
    }

    /// <summary>The closed ring with insertions in place and repeated vertices dropped; also how many were dropped.</summary>
    public (Coordinate[] Ring, int Removed) Build()
    {
        var points = new List<Coordinate>(X.Length + 1 + _inserts.Sum(i => i.Value.Count));
        var candidates = 0;
        for (var k = 0; k < X.Length; k++)
        {
            candidates++;
            AddDistinct(points, X[k], Y[k]);
            if (_inserts.TryGetValue(k, out var list))
            {
                foreach (var p in list.OrderBy(p => p.T))
                {
                    candidates++;
                    AddDistinct(points, p.X, p.Y);
                }
            }
        }

        if (points.Count > 1 && points[^1].Equals2D(points[0]))
        {
            points.RemoveAt(points.Count - 1);
        }

        var removed = candidates - points.Count;
        if (points.Count > 0)
        {
            points.Add(points[0].Copy());
        }

        return (points.ToArray(), removed);
    }

    private static void AddDistinct(List<Coordinate> points, double x, double y)
    {
        if (points.Count == 0 || points[^1].X != x || points[^1].Y != y)
        {
            points.Add(new Coordinate(x, y));
        }
    }
}
