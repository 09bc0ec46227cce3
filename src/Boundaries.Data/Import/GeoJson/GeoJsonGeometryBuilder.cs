using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace Boundaries.Data.Import.GeoJson;

/// <summary>
/// Scratch space for one geometry's coordinates while they are read: positions in one reused array, the ends of
/// position lists (rings, lines) and of groups of lists (polygons), then the finished geometry.
/// </summary>
internal sealed class GeoJsonGeometryBuilder
{
    private double[] _xy = new double[1 << 14];
    private double[] _z = new double[1 << 13];
    private int[] _leafEnds = new int[256];
    private int[] _groupEnds = new int[64];
    private int _positions;
    private int _leaves;
    private int _groups;
    private bool _hasZ;

    /// <summary>Number of positions read since the last reset.</summary>
    public int PositionCount => _positions;

    /// <summary>Forgets the previous geometry's coordinates.</summary>
    public void Reset()
    {
        _positions = 0;
        _leaves = 0;
        _groups = 0;
        _hasZ = false;
    }

    /// <summary>Appends a position; z is NaN when the position has two values.</summary>
    public void AddPosition(double x, double y, double z)
    {
        if (_positions * 2 == _xy.Length)
        {
            Array.Resize(ref _xy, _xy.Length * 2);
        }

        if (_positions == _z.Length)
        {
            Array.Resize(ref _z, _z.Length * 2);
        }

        _xy[_positions * 2] = x;
        _xy[(_positions * 2) + 1] = y;
        _z[_positions] = z;
        _hasZ |= !double.IsNaN(z);
        _positions++;
    }

    /// <summary>Closes a list of positions (a ring or a line).</summary>
    public void EndLeaf()
    {
        if (_leaves == _leafEnds.Length)
        {
            Array.Resize(ref _leafEnds, _leaves * 2);
        }

        _leafEnds[_leaves++] = _positions;
    }

    /// <summary>Closes a list of position lists (the rings of one polygon).</summary>
    public void EndGroup()
    {
        if (_groups == _groupEnds.Length)
        {
            Array.Resize(ref _groupEnds, _groups * 2);
        }

        _groupEnds[_groups++] = _leaves;
    }

    /// <summary>Builds the geometry of the given kind from what was read; throws ArgumentException on a bad shape.</summary>
    public Geometry Build(GeoJsonGeometryKind kind, GeometryFactory factory) => kind switch
    {
        GeoJsonGeometryKind.Point => _positions == 0
            ? factory.CreatePoint()
            : factory.CreatePoint(Sequence(0, _positions, factory)),
        GeoJsonGeometryKind.LineString => _leaves == 0
            ? factory.CreateLineString()
            : factory.CreateLineString(Sequence(0, _leafEnds[0], factory)),
        GeoJsonGeometryKind.Polygon => Polygon(0, _leaves, factory),
        GeoJsonGeometryKind.MultiPoint => factory.CreateMultiPoint(Points(factory)),
        GeoJsonGeometryKind.MultiLineString => factory.CreateMultiLineString(Lines(factory)),
        GeoJsonGeometryKind.MultiPolygon => factory.CreateMultiPolygon(Polygons(factory)),
        _ => throw new ArgumentException($"cannot build coordinates for geometry type {kind}"),
    };

    private Point[] Points(GeometryFactory factory)
    {
        var points = new Point[_positions];
        for (var i = 0; i < _positions; i++)
        {
            points[i] = factory.CreatePoint(Sequence(i, i + 1, factory));
        }

        return points;
    }

    private LineString[] Lines(GeometryFactory factory)
    {
        var lines = new LineString[_leaves];
        for (var i = 0; i < _leaves; i++)
        {
            lines[i] = factory.CreateLineString(Sequence(LeafStart(i), _leafEnds[i], factory));
        }

        return lines;
    }

    private Polygon[] Polygons(GeometryFactory factory)
    {
        var polygons = new Polygon[_groups];
        for (var g = 0; g < _groups; g++)
        {
            polygons[g] = Polygon(g == 0 ? 0 : _groupEnds[g - 1], _groupEnds[g], factory);
        }

        return polygons;
    }

    private Polygon Polygon(int firstLeaf, int endLeaf, GeometryFactory factory)
    {
        if (firstLeaf == endLeaf)
        {
            return factory.CreatePolygon();
        }

        var shell = factory.CreateLinearRing(Sequence(LeafStart(firstLeaf), _leafEnds[firstLeaf], factory));
        var holes = new LinearRing[endLeaf - firstLeaf - 1];
        for (var i = 0; i < holes.Length; i++)
        {
            var leaf = firstLeaf + 1 + i;
            holes[i] = factory.CreateLinearRing(Sequence(LeafStart(leaf), _leafEnds[leaf], factory));
        }

        return factory.CreatePolygon(shell, holes);
    }

    private int LeafStart(int leaf) => leaf == 0 ? 0 : _leafEnds[leaf - 1];

    private CoordinateSequence Sequence(int start, int end, GeometryFactory factory)
    {
        var count = end - start;
        var dimension = _hasZ ? 3 : 2;
        if (factory.CoordinateSequenceFactory is PackedCoordinateSequenceFactory { Type: PackedCoordinateSequenceFactory.PackedType.Double })
        {
            var packed = new double[count * dimension];
            if (!_hasZ)
            {
                Array.Copy(_xy, start * 2, packed, 0, count * 2);
            }
            else
            {
                for (var i = 0; i < count; i++)
                {
                    packed[i * 3] = _xy[(start + i) * 2];
                    packed[(i * 3) + 1] = _xy[((start + i) * 2) + 1];
                    packed[(i * 3) + 2] = _z[start + i];
                }
            }

            return new PackedDoubleCoordinateSequence(packed, dimension, 0);
        }

        var sequence = factory.CoordinateSequenceFactory.Create(count, dimension, 0);
        for (var i = 0; i < count; i++)
        {
            sequence.SetX(i, _xy[(start + i) * 2]);
            sequence.SetY(i, _xy[((start + i) * 2) + 1]);
            if (_hasZ)
            {
                sequence.SetZ(i, _z[start + i]);
            }
        }

        return sequence;
    }
}
