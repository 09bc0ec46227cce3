using Boundaries.Core.Coverage.Dissolving;
using Boundaries.Core.Geodesy;
using NetTopologySuite.Operation.OverlayNG;

namespace Boundaries.Core.Scenarios.Territories;

/// <summary>Unions the polygons of neighbouring units the way <see cref="PolygonDissolver"/> does, and measures any overlap.</summary>
/// <remarks>
/// Coverage union where it is proven right (it adds no vertex), else the winding-number union, else robust overlay:
/// real boundaries overlap by slivers, and coverage union can return an invalid polygon there without any error.
/// </remarks>
internal static class PolygonUnion
{
    /// <summary>The union of <paramref name="parts"/>, how it was made, and the area (km²) by which the parts overlapped in the input.</summary>
    public static (Geometry Union, string Method, double InputOverlapKm2) Of(IReadOnlyList<Geometry> parts)
    {
        var array = parts.ToArray();
        var dissolved = PolygonDissolver.Dissolve(array);
        var union = Polygonal.Of(dissolved.Geometry);
        var method = dissolved.Method.Describe();
        if (dissolved.Method is DissolveMethod.SinglePolygon or DissolveMethod.CoverageUnion)
        {
            return (union, method, 0);
        }

        // Intersections cost as much as the union, so they are measured only when the areas say there is an overlap.
        var lost = parts.Sum(EllipsoidalMeasure.AreaKm2) - EllipsoidalMeasure.AreaKm2(union);
        var overlap = lost > 1e-10 * EllipsoidalMeasure.AreaKm2(union) ? OverlapKm2(array) : 0;
        return (union, method, overlap);
    }

    /// <summary>The union alone, without measuring overlaps (a district rebuilt from its communes).</summary>
    public static Geometry Geometry(IReadOnlyList<Geometry> parts) => Polygonal.Of(PolygonDissolver.Dissolve(parts).Geometry);

    /// <summary>Area (km²) covered by two of the parts at once: what a union removes from their sum.</summary>
    /// <remarks>Triple overlaps would be counted more than once; in real data overlaps are slivers between two neighbours.</remarks>
    public static double OverlapKm2(IReadOnlyList<Geometry> parts)
    {
        var total = 0.0;
        for (var i = 0; i < parts.Count; i++)
        {
            for (var j = i + 1; j < parts.Count; j++)
            {
                if (parts[i].EnvelopeInternal.Intersects(parts[j].EnvelopeInternal))
                {
                    total += EllipsoidalMeasure.AreaKm2(OverlayNGRobust.Overlay(parts[i], parts[j], NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection));
                }
            }
        }

        return total;
    }
}
