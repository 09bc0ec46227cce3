using Boundaries.Core.Units;

namespace Boundaries.Core.Coverage;

/// <summary>The polygons of a map's communes as a coverage, unassigned source polygons included so that they are not reported as gaps.</summary>
public static class MapCoverage
{
    /// <summary>Prefix of the key given to an unassigned polygon.</summary>
    public const string UnassignedPrefix = "unassigned:";

    /// <summary>Every commune with a polygon (keyed by code) and every unassigned polygon (keyed "unassigned:name").</summary>
    public static IReadOnlyList<CoverageUnit> Communes(AdminMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map.Communes.Where(u => u.Geometry is not null)
            .Select(u => new CoverageUnit(u.Code.Value, u.Geometry!))
            .Concat(map.Unassigned.Select(a => new CoverageUnit(UnassignedPrefix + a.Name, a.Geometry)))
            .ToList();
    }

    /// <summary>Every district with a polygon, keyed by code.</summary>
    public static IReadOnlyList<CoverageUnit> Districts(AdminMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map.Districts.Where(u => u.Geometry is not null).Select(u => new CoverageUnit(u.Code.Value, u.Geometry!)).ToList();
    }

    /// <summary>A new map whose commune and unassigned polygons are replaced by those of <paramref name="snapped"/> (same keys).</summary>
    public static AdminMap WithCommunes(AdminMap map, IReadOnlyList<CoverageUnit> snapped)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(snapped);
        var byKey = snapped.ToDictionary(u => u.Key, u => u.Geometry);
        var units = map.Units.Select(u => u.Level == UnitLevel.Commune && byKey.TryGetValue(u.Code.Value, out var g) ? u with { Geometry = g } : u);
        var unassigned = map.Unassigned.Select(a => byKey.TryGetValue(UnassignedPrefix + a.Name, out var g) ? a with { Geometry = g } : a);
        return new AdminMap(units, unassigned);
    }
}
