namespace Boundaries.Core.Coverage.Snapping;

/// <summary>Puts repaired coverage polygons back onto a map.</summary>
public static class MapCoverage
{
    /// <summary>A new map whose commune and unassigned polygons are replaced by those of <paramref name="snapped"/>, keyed as <see cref="CoverageUnit.Of"/> keys them.</summary>
    public static AdminMap WithCommunes(AdminMap map, IReadOnlyList<CoverageUnit> snapped)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(snapped);
        var byKey = snapped.ToDictionary(u => u.Key, u => u.Geometry);
        var units = map.Units.Select(u => u.Level == UnitLevel.Commune && byKey.TryGetValue(u.Code.Value, out var g) ? u with { Geometry = g } : u);
        var unassigned = map.Unassigned.Select(a => byKey.TryGetValue(a.Name, out var g) ? a with { Geometry = g } : a);
        return new AdminMap(units, unassigned);
    }
}
