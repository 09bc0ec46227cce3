using Boundaries.Core.Formatting;
using Boundaries.Core.Units;

namespace Boundaries.Maps;

/// <summary>A part of the map chosen for a sheet: selected communes (with their neighbours or not) and/or a rectangle, with its name for the title.</summary>
/// <param name="Units">The communes in colour, or null for all.</param>
/// <param name="Bounds">The rectangle shown, or null.</param>
/// <param name="Place">The area in words ("khu vực Phường 2, Phường 3 và các đơn vị giáp ranh"), or null for the whole map.</param>
public sealed record MapArea(IReadOnlySet<UnitCode>? Units, MapBounds? Bounds, string? Place)
{
    /// <summary>The whole map.</summary>
    public static MapArea Whole { get; } = new(null, null, null);

    /// <summary>The area of <paramref name="selected"/> communes (with their neighbours in any of <paramref name="maps"/> when asked) within <paramref name="bounds"/>.</summary>
    /// <param name="maps">The maps of the sheet's panels (before and after a scenario), whose communes the selection names.</param>
    /// <param name="selected">Commune codes, or null for no selection.</param>
    /// <param name="withNeighbours">Whether the communes touching the selection are mapped with it.</param>
    /// <param name="bounds">A rectangle, or null.</param>
    public static MapArea Of(IReadOnlyList<AdminMap> maps, IReadOnlyList<UnitCode>? selected, bool withNeighbours, MapBounds? bounds)
    {
        ArgumentNullException.ThrowIfNull(maps);
        if (selected is null or { Count: 0 })
        {
            return new MapArea(null, bounds, bounds?.Place());
        }

        var units = withNeighbours
            ? maps.SelectMany(m => UnitSelection.WithNeighbours(m, selected)).ToHashSet()
            : selected.ToHashSet();
        var names = selected.Select(c => maps.Select(m => m.Find(c)?.FullName).FirstOrDefault(n => n is not null) ?? c.Value).Distinct().ToList();
        var place = withNeighbours
            ? $"khu vực {string.Join(", ", names)} và các đơn vị giáp ranh"
            : $"khu vực {VietnameseFormat.JoinAnd(names)}";
        return new MapArea(units, bounds, place);
    }
}
