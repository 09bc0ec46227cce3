using Boundaries.Maps;

namespace Boundaries.Cli.Maps;

/// <summary>Reads --units, --with-neighbours and --bbox: the part of the map a sheet shows besides --district.</summary>
internal static class AreaOption
{
    /// <summary>The area asked for on the maps of the panels; an unknown code or a bad rectangle is a usage error.</summary>
    public static MapArea Parse(string[]? units, bool withNeighbours, string? bbox, IReadOnlyList<AdminMap> maps)
    {
        var codes = (units ?? []).SelectMany(u => u.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(c => new UnitCode(c)).Distinct().ToList();
        if (withNeighbours && codes.Count == 0)
        {
            throw new UsageException("--with-neighbours needs --units CODE…");
        }

        foreach (var code in codes.Where(c => !maps.Any(m => m.Find(c) is { Level: UnitLevel.Commune })))
        {
            throw new UsageException($"--units {code}: no commune-level unit with this code in the map");
        }

        var bounds = bbox is null ? null : MapBounds.Parse(bbox)
            ?? throw new UsageException($"--bbox {bbox}: give west,south,east,north in degrees (e.g. 106.30,9.92,106.36,9.97)");
        if (bounds is not null && !maps.Any(m => m.Communes.Any(c => c.Geometry is { } g && bounds.Shows(g))))
        {
            throw new UsageException($"--bbox {bbox}: no commune of the map lies in this rectangle");
        }

        return MapArea.Of(maps, codes, withNeighbours, bounds);
    }
}
