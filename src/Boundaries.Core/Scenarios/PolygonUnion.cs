using Boundaries.Core.Geodesy;
using NetTopologySuite.Coverage;
using CoverageUnion = NetTopologySuite.Coverage.CoverageUnion;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;

namespace Boundaries.Core.Scenarios;

/// <summary>Unions the polygons of neighbouring units, by coverage union when they form a clean coverage and by robust overlay otherwise.</summary>
/// <remarks>
/// CoverageUnion only removes shared edges, which is fast and adds no vertex, but on input that is not a clean
/// coverage (real boundaries overlap by slivers) it can return an invalid polygon without any error. So the
/// group is first checked with CoverageValidator and, when it is not clean, OverlayNGRobust does the union.
/// </remarks>
internal static class PolygonUnion
{
    /// <summary>The union of <paramref name="parts"/>, how it was made, and the area (km²) by which the parts overlapped in the input.</summary>
    public static (Geometry Union, string Method, double InputOverlapKm2) Of(IReadOnlyList<Geometry> parts)
    {
        if (parts.Count == 1)
        {
            return (parts[0].Copy(), "single polygon", 0);
        }

        var array = parts.ToArray();
        if (CoverageValidator.IsValid(array))
        {
            var union = Polygonal.Of(CoverageUnion.Union(array));
            if (!union.IsEmpty)
            {
                return (union, "coverage union", 0);
            }
        }

        var overlay = Polygonal.Of(OverlayNGRobust.Union(array));

        // Intersections cost as much as the union, so they are measured only when the areas say there is an overlap.
        var lost = parts.Sum(EllipsoidalMeasure.AreaKm2) - EllipsoidalMeasure.AreaKm2(overlay);
        var overlap = lost > 1e-10 * EllipsoidalMeasure.AreaKm2(overlay) ? OverlapKm2(array) : 0;
        return (overlay, "overlay union", overlap);
    }

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
