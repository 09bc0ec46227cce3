using NetTopologySuite.Geometries;

namespace Boundaries.Data.Export.Layers;

/// <summary>Orients polygon rings as RFC 7946 §3.1.6 requires: "exterior rings are counterclockwise, and holes are clockwise".</summary>
/// <remarks>The bundled sources are clockwise (the ESRI habit), so every polygon is re-oriented on the way out; the input is not changed.</remarks>
public static class RightHandRule
{
    /// <summary>A copy of a polygonal geometry with counter-clockwise shells and clockwise holes.</summary>
    public static Geometry Apply(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var factory = geometry.Factory;
        return geometry switch
        {
            Polygon p => Orient(p),
            MultiPolygon m => factory.CreateMultiPolygon(Enumerable.Range(0, m.NumGeometries).Select(i => Orient((Polygon)m.GetGeometryN(i))).ToArray()),
            _ => geometry.Copy(),
        };
    }

    /// <summary>True when every shell is counter-clockwise and every hole clockwise.</summary>
    public static bool Holds(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).OfType<Polygon>()
            .All(p => p.Shell.IsCCW && p.Holes.All(h => !h.IsCCW));
    }

    private static Polygon Orient(Polygon polygon)
    {
        var factory = polygon.Factory;
        var shell = polygon.Shell.IsCCW ? (LinearRing)polygon.Shell.Copy() : (LinearRing)polygon.Shell.Reverse();
        var holes = polygon.Holes.Select(h => h.IsCCW ? (LinearRing)h.Reverse() : (LinearRing)h.Copy()).ToArray();
        return factory.CreatePolygon(shell, holes);
    }
}
