using Boundaries.Core.Units;
using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;

namespace Boundaries.Data.Import.Building;

/// <summary>The province's polygon as the union of its district polygons.</summary>
/// <remarks>
/// When the districts form a clean coverage (checked with CoverageValidator) CoverageUnion dissolves the shared
/// edges exactly and adds no vertices. CoverageUnion can return an invalid result without error on input
/// that is not a coverage, so otherwise (or when its result is invalid) the robust overlay union is used.
/// </remarks>
internal static class ProvinceOutline
{
    /// <summary>The union and how it was made, or null and why not.</summary>
    public static (Geometry? Geometry, string Description) Of(IReadOnlyList<AdminUnit> districts)
    {
        if (districts.Count == 0)
        {
            return (null, "none: the map has no districts");
        }

        var missing = districts.Where(d => d.Geometry is null).Select(d => d.Code.Value).ToList();
        if (missing.Count > 0)
        {
            return (null, $"none: district(s) {string.Join(", ", missing)} have no polygon, so no union would be complete");
        }

        var polygons = districts.Select(d => d.Geometry!).ToArray();
        if (CoverageValidator.IsValid(polygons))
        {
            var union = NetTopologySuite.Coverage.CoverageUnion.Union(polygons);
            if (union.IsValid)
            {
                return (union, $"coverage union of {polygons.Length} district polygons");
            }
        }

        var overlay = OverlayNGRobust.Union(polygons, polygons[0].Factory);
        return (overlay, $"overlay union of {polygons.Length} district polygons (they are not a clean coverage)");
    }
}
