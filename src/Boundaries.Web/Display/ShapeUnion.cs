using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;

namespace Boundaries.Web.Display;

/// <summary>Unites display shapes: by removing their shared edges when they form a clean coverage, by robust overlay otherwise.</summary>
internal static class ShapeUnion
{
    /// <summary>The union of <paramref name="shapes"/>.</summary>
    /// <remarks>CoverageUnion can return an invalid polygon without error when the input has slivers between neighbours, so its result is checked.</remarks>
    public static Geometry Of(IReadOnlyList<Geometry> shapes)
    {
        if (shapes.Count == 1)
        {
            return shapes[0];
        }

        var array = shapes.ToArray();
        try
        {
            var union = NetTopologySuite.Coverage.CoverageUnion.Union(array);
            if (union is { IsEmpty: false, IsValid: true })
            {
                return union;
            }
        }
        catch (TopologyException)
        {
            // Not a clean coverage: the overlay below handles it.
        }

        return OverlayNGRobust.Union(array);
    }
}
