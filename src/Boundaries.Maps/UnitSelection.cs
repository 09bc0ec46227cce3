using Boundaries.Core.Coverage;
using Boundaries.Core.Units;
using Boundaries.Core.Coverage.Neighbours;

namespace Boundaries.Maps;

/// <summary>The communes a planner selected, with their neighbours when asked: the area of a map of "these units and around them".</summary>
public static class UnitSelection
{
    /// <summary>The selected communes and every commune sharing a boundary with one of them (rook adjacency of the map's coverage).</summary>
    public static IReadOnlySet<UnitCode> WithNeighbours(AdminMap map, IReadOnlyCollection<UnitCode> selected)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(selected);
        var adjacency = Adjacency.Build(CoverageUnit.Of(map, UnitLevel.Commune));
        var known = adjacency.Units.Select(u => u.Key).ToHashSet();
        return selected
            .Concat(selected.Where(c => known.Contains(c.Value)).SelectMany(c => adjacency.NeighboursOf(c.Value)).Select(n => new UnitCode(n.Key)))
            .Where(c => map.Find(c) is { Level: UnitLevel.Commune })
            .ToHashSet();
    }
}
