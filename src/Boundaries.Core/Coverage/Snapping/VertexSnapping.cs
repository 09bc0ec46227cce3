namespace Boundaries.Core.Coverage.Snapping;

/// <summary>First pass of snapping: each vertex moves onto the nearest vertex of an earlier unit within the tolerance.</summary>
/// <remarks>
/// Units are taken in input order and a unit's own vertices become anchors only once it is done, so a vertex never snaps to
/// its own unit, vertices of the first unit never move, and a moved vertex is never an anchor: shifts cannot chain beyond
/// the tolerance.
/// </remarks>
internal static class VertexSnapping
{
    /// <summary>Moves the vertices of the rings (grouped by unit, in unit order) and counts moves and the largest shift per unit.</summary>
    public static void Run(IReadOnlyList<SnapRing> rings, SnapGrid anchors, int[] moved, double[] shift)
    {
        var start = 0;
        while (start < rings.Count)
        {
            var unit = rings[start].Unit;
            var end = start;
            var fresh = new List<(double X, double Y)>();
            for (; end < rings.Count && rings[end].Unit == unit; end++)
            {
                var ring = rings[end];
                for (var k = 0; k < ring.X.Length; k++)
                {
                    if (!anchors.TryNearest(ring.X[k], ring.Y[k], unit, out var ax, out var ay, out var d))
                    {
                        fresh.Add((ring.X[k], ring.Y[k]));
                        continue;
                    }

                    if (d > 0)
                    {
                        ring.X[k] = ax;
                        ring.Y[k] = ay;
                        moved[unit]++;
                        shift[unit] = Math.Max(shift[unit], d);
                    }
                }
            }

            foreach (var (x, y) in fresh)
            {
                anchors.Add(x, y, unit);
            }

            start = end;
        }
    }
}
