namespace Boundaries.Web.Display;

/// <summary>Takes away the tiny holes and islands that gaps and overlaps between communes leave in a union, before it is drawn.</summary>
/// <remarks>
/// The commune polygons are not a clean coverage (Trà Vinh: 220 gaps, 51 overlaps; the national c. 2013 layer about
/// 0.31 % of its area overlapping); simplified edges of a gap no longer meet, and their union draws short strokes
/// inside a district. Real enclaves are far larger than the cut-off.
/// </remarks>
internal static class Slivers
{
    // About 0.0025 km² at 10°N: smaller than any unit, larger than the slivers the simplification leaves.
    private const double SliverDegrees2 = 2e-7;

    /// <summary>The polygons of <paramref name="outline"/> and their holes larger than a sliver.</summary>
    public static Geometry Without(Geometry outline)
    {
        var factory = outline.Factory;
        var polygons = Enumerable.Range(0, outline.NumGeometries)
            .Select(outline.GetGeometryN)
            .OfType<Polygon>()
            .Where(p => p.Area > SliverDegrees2)
            .Select(p => factory.CreatePolygon(p.Shell, p.Holes.Where(h => factory.CreatePolygon(h).Area > SliverDegrees2).ToArray()))
            .ToArray();
        return polygons.Length == 1 ? polygons[0] : factory.CreateMultiPolygon(polygons);
    }
}
