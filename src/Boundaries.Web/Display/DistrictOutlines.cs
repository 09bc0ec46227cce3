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
                cached = (new HashSet<Geometry>(shapes, ReferenceEqualityComparer.Instance), ShapeUnion.Of(shapes));
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
}
