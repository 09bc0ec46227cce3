using System.Runtime.CompilerServices;
using NetTopologySuite.Algorithm;

namespace Boundaries.Web.Display;

/// <summary>Where a shape's name is written: a point inside its largest polygon, found once per shape.</summary>
internal static class LabelPoints
{
    private static readonly ConditionalWeakTable<Geometry, Coordinate> Cache = [];

    /// <summary>A point inside the shape's largest polygon; null for an empty shape.</summary>
    public static Coordinate? Of(Geometry? shape)
    {
        if (shape is null || shape.IsEmpty)
        {
            return null;
        }

        return Cache.GetValue(shape, s =>
        {
            var largest = Enumerable.Range(0, s.NumGeometries).Select(s.GetGeometryN).MaxBy(g => g.Area) ?? s;
            return InteriorPointArea.GetInteriorPoint(largest) ?? largest.Centroid.Coordinate;
        });
    }
}
