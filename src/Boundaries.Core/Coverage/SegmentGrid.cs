namespace Boundaries.Core.Coverage;

/// <summary>A uniform grid over lon/lat in which segments are registered as sorted (cell, segment) entries.</summary>
internal sealed class SegmentGrid
{
    private readonly double _originX;
    private readonly double _originY;
    private readonly double _cell;
    private readonly long _columns;
    private readonly long _rows;
    private readonly long _segmentCount;

    private SegmentGrid(double originX, double originY, double cell, long columns, long rows, long segmentCount)
    {
        _originX = originX;
        _originY = originY;
        _cell = cell;
        _columns = columns;
        _rows = rows;
        _segmentCount = segmentCount;
    }

    /// <summary>A grid over the extent with cells near the preferred size, never finer than four tolerances.</summary>
    public static SegmentGrid Create(double minX, double minY, double maxX, double maxY, double preferredCell, double toleranceDegrees, int segmentCount)
    {
        var margin = 2 * toleranceDegrees;
        var cell = Math.Max(preferredCell, 4 * toleranceDegrees);
        while (true)
        {
            var columns = (long)Math.Floor((maxX - minX + (2 * margin)) / cell) + 1;
            var rows = (long)Math.Floor((maxY - minY + (2 * margin)) / cell) + 1;

            // Entries pack cell and segment into one long; coarser cells keep that product in range.
            if ((double)columns * rows * segmentCount < long.MaxValue / 4.0)
            {
                return new SegmentGrid(minX - margin, minY - margin, cell, columns, rows, segmentCount);
            }

            cell *= 2;
        }
    }

    /// <summary>The cell of an entry.</summary>
    public long CellOf(long entry) => entry / _segmentCount;

    /// <summary>The position (in the list given to <see cref="Register"/>) of the segment of an entry.</summary>
    public int SegmentOf(long entry) => (int)(entry % _segmentCount);

    /// <summary>The cell holding a point.</summary>
    public long CellAt(double x, double y) => (Row(y) * _columns) + Column(x);

    /// <summary>Sorted, distinct entries for every cell that a segment, widened by the margin, passes through.</summary>
    /// <param name="x">Vertex longitudes.</param>
    /// <param name="y">Vertex latitudes.</param>
    /// <param name="segments">First vertex index of each segment.</param>
    /// <param name="margin">Widening in degrees.</param>
    public long[] Register(double[] x, double[] y, IReadOnlyList<int> segments, double margin)
    {
        var entries = new List<long>(segments.Count * 2);
        for (var k = 0; k < segments.Count; k++)
        {
            var i = segments[k];
            var dx = x[i + 1] - x[i];
            var dy = y[i + 1] - y[i];

            // A piece no longer than a cell touches at most a few cells, where a whole long diagonal would fill its envelope.
            var pieces = Math.Max(1, (int)Math.Ceiling(Math.Max(Math.Abs(dx), Math.Abs(dy)) / _cell));
            for (var p = 0; p < pieces; p++)
            {
                var ax = x[i] + (dx * p / pieces);
                var ay = y[i] + (dy * p / pieces);
                var bx = x[i] + (dx * (p + 1) / pieces);
                var by = y[i] + (dy * (p + 1) / pieces);
                var c0 = Column(Math.Min(ax, bx) - margin);
                var c1 = Column(Math.Max(ax, bx) + margin);
                var r0 = Row(Math.Min(ay, by) - margin);
                var r1 = Row(Math.Max(ay, by) + margin);
                for (var row = r0; row <= r1; row++)
                {
                    for (var column = c0; column <= c1; column++)
                    {
                        entries.Add((((row * _columns) + column) * _segmentCount) + k);
                    }
                }
            }
        }

        var sorted = entries.ToArray();
        Array.Sort(sorted);
        var distinct = 0;
        for (var e = 0; e < sorted.Length; e++)
        {
            if (distinct == 0 || sorted[e] != sorted[distinct - 1])
            {
                sorted[distinct++] = sorted[e];
            }
        }

        return sorted[..distinct];
    }

    private long Column(double x) => Math.Clamp((long)Math.Floor((x - _originX) / _cell), 0, _columns - 1);

    private long Row(double y) => Math.Clamp((long)Math.Floor((y - _originY) / _cell), 0, _rows - 1);
}
