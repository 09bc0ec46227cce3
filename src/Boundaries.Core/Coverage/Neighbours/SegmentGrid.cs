namespace Boundaries.Core.Coverage.Neighbours;

/// <summary>A uniform grid over lon/lat in which segments are registered as sorted (cell, segment) entries.</summary>
/// <remarks>An entry packs the cell in its high bits and the segment in its low bits, so that sorting entries groups them by cell.</remarks>
internal sealed class SegmentGrid
{
    private readonly double _originX;
    private readonly double _originY;
    private readonly double _inverseCell;
    private readonly double _cell;
    private readonly long _columns;
    private readonly long _rows;
    private readonly int _segmentBits;

    private SegmentGrid(double originX, double originY, double cell, long columns, long rows, int segmentBits)
    {
        _originX = originX;
        _originY = originY;
        _cell = cell;
        _inverseCell = 1 / cell;
        _columns = columns;
        _rows = rows;
        _segmentBits = segmentBits;
    }

    /// <summary>A grid over the extent with cells near the preferred size, never finer than four tolerances.</summary>
    public static SegmentGrid Create(double minX, double minY, double maxX, double maxY, double preferredCell, double toleranceDegrees, int segmentCount)
    {
        var margin = 2 * toleranceDegrees;
        var cell = Math.Max(preferredCell, 4 * toleranceDegrees);
        var segmentBits = 64 - (int)long.LeadingZeroCount(Math.Max(1, segmentCount - 1));
        while (true)
        {
            var columns = (long)Math.Floor((maxX - minX + (2 * margin)) / cell) + 1;
            var rows = (long)Math.Floor((maxY - minY + (2 * margin)) / cell) + 1;

            // Entries pack cell and segment into one non-negative long; coarser cells keep the cell number in range.
            if (Math.Log2((double)columns * rows) < 62 - segmentBits)
            {
                return new SegmentGrid(minX - margin, minY - margin, cell, columns, rows, segmentBits);
            }

            cell *= 2;
        }
    }

    /// <summary>The cell of an entry.</summary>
    public long CellOf(long entry) => entry >> _segmentBits;

    /// <summary>The position (in the list given to <see cref="Register"/>) of the segment of an entry.</summary>
    public int SegmentOf(long entry) => (int)(entry & ((1L << _segmentBits) - 1));

    /// <summary>The cell holding a point.</summary>
    public long CellAt(double x, double y) => (Row(y) * _columns) + Column(x);

    /// <summary>Entries for every cell that a segment, widened by the margin, passes through, split into bands of rows, each sorted and distinct.</summary>
    /// <remarks>All entries of a cell fall in one band, so bands can be sorted and scanned independently, in parallel.</remarks>
    /// <param name="x">Vertex longitudes.</param>
    /// <param name="y">Vertex latitudes.</param>
    /// <param name="segments">First vertex index of each segment.</param>
    /// <param name="margin">Widening in degrees.</param>
    /// <param name="bands">Number of bands.</param>
    public long[][] Register(double[] x, double[] y, IReadOnlyList<int> segments, double margin, int bands)
    {
        var lists = Enumerable.Range(0, bands).Select(_ => new List<long>(segments.Count * 2 / bands)).ToArray();
        var bandsPerRow = (double)bands / _rows;
        for (var k = 0; k < segments.Count; k++)
        {
            var i = segments[k];
            var (x0, y0, x1, y1) = (x[i], y[i], x[i + 1], y[i + 1]);

            // A piece no longer than a cell touches at most a few cells, where a whole long diagonal would fill its envelope.
            var extent = Math.Max(Math.Abs(x1 - x0), Math.Abs(y1 - y0));
            var pieces = extent <= _cell ? 1 : (int)Math.Ceiling(extent * _inverseCell);
            for (var p = 0; p < pieces; p++)
            {
                var (ax, ay) = p == 0 ? (x0, y0) : (x0 + ((x1 - x0) * p / pieces), y0 + ((y1 - y0) * p / pieces));
                var (bx, by) = p == pieces - 1 ? (x1, y1) : (x0 + ((x1 - x0) * (p + 1) / pieces), y0 + ((y1 - y0) * (p + 1) / pieces));
                var c0 = Column(Math.Min(ax, bx) - margin);
                var c1 = Column(Math.Max(ax, bx) + margin);
                var r0 = Row(Math.Min(ay, by) - margin);
                var r1 = Row(Math.Max(ay, by) + margin);
                for (var row = r0; row <= r1; row++)
                {
                    var band = lists[Math.Min(bands - 1, (int)(row * bandsPerRow))];
                    for (var column = c0; column <= c1; column++)
                    {
                        band.Add((((row * _columns) + column) << _segmentBits) | (long)k);
                    }
                }
            }
        }

        var sorted = new long[bands][];
        Parallel.For(0, bands, b =>
        {
            var band = lists[b].ToArray();
            lists[b] = [];
            RadixSort.Sort(band);
            var distinct = 0;
            for (var e = 0; e < band.Length; e++)
            {
                if (distinct == 0 || band[e] != band[distinct - 1])
                {
                    band[distinct++] = band[e];
                }
            }

            sorted[b] = band[..distinct];
        });
        return sorted;
    }

    private long Column(double x) => Math.Clamp((long)Math.Floor((x - _originX) * _inverseCell), 0, _columns - 1);

    private long Row(double y) => Math.Clamp((long)Math.Floor((y - _originY) * _inverseCell), 0, _rows - 1);
}
