using Boundaries.Core.Coverage.Dissolving;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Import.Building;

/// <summary>The province's polygon as the union of the polygons of the units directly under it: its districts, or its communes in a two-tier (2025) map.</summary>
/// <remarks>
/// Dissolved as every group is (<see cref="PolygonDissolver"/>): when the districts form a clean coverage, coverage
/// union removes the shared edges exactly and adds no vertex; otherwise the winding-number union or robust overlay
/// gives the union, and the description says the districts are not a clean coverage.
/// </remarks>
internal static class ProvinceOutline
{
    /// <summary>The union and how it was made, or null and why not.</summary>
    public static (Geometry? Geometry, string Description) Of(IReadOnlyList<AdminUnit> parts)
    {
        if (parts.Count == 0)
        {
            return (null, "none: the map has no units under the province");
        }

        var noun = parts.All(p => p.Level == UnitLevel.Commune) ? "commune" : "district";
        var missing = parts.Where(d => d.Geometry is null).Select(d => d.Code.Value).ToList();
        if (missing.Count > 0)
        {
            return (null, $"none: {noun}(s) {string.Join(", ", missing)} have no polygon, so no union would be complete");
        }

        var polygons = parts.Select(d => d.Geometry!).ToArray();
        var dissolved = PolygonDissolver.Dissolve(polygons);
        var description = dissolved.Method switch
        {
            DissolveMethod.SinglePolygon => $"the one {noun} polygon",
            DissolveMethod.CoverageUnion => $"coverage union of {polygons.Length} {noun} polygons",
            _ => $"{dissolved.Method.Describe()} of {polygons.Length} {noun} polygons (they are not a clean coverage)",
        };
        return (dissolved.Geometry, description);
    }
}
