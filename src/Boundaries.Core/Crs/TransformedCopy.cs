using NetTopologySuite.Geometries.Implementation;
using ProjNet.CoordinateSystems.Transformations;

namespace Boundaries.Core.Crs;

/// <summary>Deep-copies a geometry into another factory, transforming each copied coordinate sequence in bulk.</summary>
/// <remarks>Unlike GeometryFactory.CreateGeometry this keeps empty members of collections, so the structure is unchanged.</remarks>
internal static class TransformedCopy
{
    public static Geometry Of(Geometry geometry, GeometryFactory factory, MathTransform? transform) => geometry switch
    {
        Point p => factory.CreatePoint(Sequence(p.CoordinateSequence, factory, transform)),
        LinearRing r => Ring(r, factory, transform),
        LineString l => factory.CreateLineString(Sequence(l.CoordinateSequence, factory, transform)),
        Polygon p => Polygon(p, factory, transform),
        MultiPoint mp => factory.CreateMultiPoint(Parts<Point>(mp, factory, transform)),
        MultiLineString ml => factory.CreateMultiLineString(Parts<LineString>(ml, factory, transform)),
        MultiPolygon mp => factory.CreateMultiPolygon(Parts<Polygon>(mp, factory, transform)),
        GeometryCollection gc => factory.CreateGeometryCollection(Parts<Geometry>(gc, factory, transform)),
        _ => throw new NotSupportedException($"geometry type {geometry.GeometryType} cannot be transformed"),
    };

    private static Polygon Polygon(Polygon polygon, GeometryFactory factory, MathTransform? transform)
    {
        var holes = new LinearRing[polygon.NumInteriorRings];
        for (var i = 0; i < holes.Length; i++)
        {
            holes[i] = Ring((LinearRing)polygon.GetInteriorRingN(i), factory, transform);
        }

        return factory.CreatePolygon(Ring(polygon.Shell, factory, transform), holes);
    }

    private static LinearRing Ring(LinearRing ring, GeometryFactory factory, MathTransform? transform) =>
        factory.CreateLinearRing(Sequence(ring.CoordinateSequence, factory, transform));

    private static T[] Parts<T>(GeometryCollection collection, GeometryFactory factory, MathTransform? transform)
        where T : Geometry
    {
        var parts = new T[collection.NumGeometries];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = (T)Of(collection.GetGeometryN(i), factory, transform);
        }

        return parts;
    }

    private static CoordinateSequence Sequence(CoordinateSequence source, GeometryFactory factory, MathTransform? transform)
    {
        // A packed source into a packed factory is copied as one array, not through a Coordinate per point.
        var copy = source is PackedDoubleCoordinateSequence packed && factory.CoordinateSequenceFactory is PackedCoordinateSequenceFactory { Type: PackedCoordinateSequenceFactory.PackedType.Double }
            ? new PackedDoubleCoordinateSequence((double[])packed.GetRawCoordinates().Clone(), packed.Dimension, packed.Measures)
            : factory.CoordinateSequenceFactory.Create(source);
        if (transform is not null)
        {
            SequenceTransformer.Transform(copy, transform);
        }

        return copy;
    }
}
