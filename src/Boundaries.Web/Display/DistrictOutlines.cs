using Boundaries.Core.Units;
using NetTopologySuite.Geometries;

namespace Boundaries.Web.Display;

/// <summary>The display outline of each district, the union of its communes' shapes, rebuilt only for districts whose shapes changed.</summary>
/// <remarks>Not thread-safe: one instance per scenario session, used under its lock.</remarks>
internal sealed class DistrictOutlines
{
    private readonly Dictionary<UnitCode, (HashSet<Geometry> Members, Geometry Outline)> _cache = [];

    /// <summary>The outline of every district that has shapes below it, by district code.</summary>
    /// <param name="shapesByDistrict">The shapes of each district's communes and unassigned areas.</param>
    public IReadOnlyDictionary<UnitCode, Geometry> Of(IReadOnlyDictionary<UnitCode, List<Geometry>> shapesByDistrict)
    {
        var outlines = new Dictionary<UnitCode, Geometry>();
        foreach (var (district, shapes) in shapesByDistrict)
        {
            if (shapes.Count == 0)
            {
                continue;
            }

            if (!_cache.TryGetValue(district, out var cached) || !cached.Members.SetEquals(shapes))
            {
                cached = (new HashSet<Geometry>(shapes, ReferenceEqualityComparer.Instance), WithoutSlivers(ShapeUnion.Of(shapes)));
                _cache[district] = cached;
            }

            outlines[district] = cached.Outline;
        }

        foreach (var gone in _cache.Keys.Where(k => !shapesByDistrict.ContainsKey(k)).ToList())
        {
            _cache.Remove(gone);
        }

        return outlines;
    }

    /// <summary>The outline without the tiny holes and islands that gaps and overlaps between communes leave in a union.</summary>
    /// <remarks>
    /// The commune polygons are not a clean coverage (Trà Vinh: 220 gaps, 51 overlaps); simplified edges of a gap no
    /// longer meet, and their union draws short strokes inside a district. Real enclaves are far larger than the cut-off.
    /// </remarks>
    private static Geometry WithoutSlivers(Geometry outline)
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

    // About 0.0025 km² at 10°N: smaller than any unit, larger than the slivers the simplification leaves.
    private const double SliverDegrees2 = 2e-7;
}
