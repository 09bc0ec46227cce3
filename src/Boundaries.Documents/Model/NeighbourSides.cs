using Boundaries.Core.Coverage.Neighbours;
using Boundaries.Core.Formatting;
using Boundaries.Core.Units;

namespace Boundaries.Documents.Model;

/// <summary>Writes a unit's neighbours by side, as resolutions describe a unit's boundary ("phía Đông giáp …; phía Tây giáp …").</summary>
internal static class NeighbourSides
{
    // Resolutions name the four cardinal sides first; corner sides follow when a neighbour lies there.
    private static readonly CompassDirection[] Order =
    [
        CompassDirection.East, CompassDirection.West, CompassDirection.South, CompassDirection.North,
        CompassDirection.NorthEast, CompassDirection.SouthEast, CompassDirection.SouthWest, CompassDirection.NorthWest,
    ];

    /// <summary>Common boundaries shorter than this are corner touches of imperfect polygons, not a side.</summary>
    private const double MinSharedLengthMeters = 5;

    public static IReadOnlyList<NeighbourSide> Of(Adjacency adjacency, AdminMap map, AdminUnit unit)
    {
        if (unit.Geometry is null || !adjacency.Units.Any(u => u.Key == unit.Code.Value))
        {
            return [];
        }

        var neighbours = adjacency.NeighboursOf(unit.Code.Value).Where(n => n.SharedLengthMeters >= MinSharedLengthMeters).ToList();
        return Order
            .Select(direction => (direction, names: neighbours.Where(n => n.Direction == direction).Select(n => Name(map, unit, n.Key)).ToList()))
            .Where(side => side.names.Count > 0)
            .Select(side => new NeighbourSide(
                side.direction.VietnameseName(),
                side.names,
                $"phía {side.direction.VietnameseName()} giáp {VietnameseFormat.JoinAnd(side.names)}"))
            .ToList();
    }

    private static string Name(AdminMap map, AdminUnit unit, string key)
    {
        if (map.Find(new UnitCode(key)) is not { } neighbour)
        {
            // An unassigned polygon (ground whose unit the sources do not split) is named as the data names it.
            return key;
        }

        var name = VietnameseNames.InText(neighbour);
        return neighbour.ParentCode == unit.ParentCode || map.ParentOf(neighbour) is not { } parent
            ? name
            : $"{name} ({VietnameseNames.InText(parent)})";
    }
}
