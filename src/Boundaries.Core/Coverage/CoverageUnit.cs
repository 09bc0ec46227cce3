namespace Boundaries.Core.Coverage;

/// <summary>One polygon of a coverage with the key that names it (a unit code, or a source name where there is no code).</summary>
/// <remarks>The geometry is a Polygon or MultiPolygon in lon/lat (SRID 4326, x = longitude), valid in the OGC sense.</remarks>
/// <param name="Key">The unit's key, unique within the coverage.</param>
/// <param name="Geometry">The polygon in lon/lat.</param>
public sealed record CoverageUnit(string Key, Geometry Geometry)
{
    /// <summary>The polygons of a map's units at one level keyed by code; at commune level also its unassigned areas, keyed by name.</summary>
    /// <remarks>
    /// Unassigned areas (the c. 2009 polygon of thị trấn Duyên Hải, now two phường that no source splits) are ground of the
    /// commune layer: without them their neighbours would border a hole. Units without a polygon are left out.
    /// </remarks>
    public static IReadOnlyList<CoverageUnit> Of(AdminMap map, UnitLevel level)
    {
        ArgumentNullException.ThrowIfNull(map);
        var units = map.AtLevel(level)
            .Where(u => u.Geometry is not null)
            .Select(u => new CoverageUnit(u.Code.Value, u.Geometry!));
        var unassigned = level == UnitLevel.Commune
            ? map.Unassigned.Select(a => new CoverageUnit(a.Name, a.Geometry))
            : [];
        return units.Concat(unassigned).ToList();
    }
}
