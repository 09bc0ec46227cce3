namespace Boundaries.Data.Import.Building;

/// <summary>Counts units per level for the import report.</summary>
internal static class ReportCounts
{
    /// <summary>One count per level present, provinces first.</summary>
    public static IReadOnlyList<LevelCount> Of(IReadOnlyList<AdminUnit> units) =>
        units.GroupBy(u => u.Level)
            .OrderBy(g => g.Key)
            .Select(g => new LevelCount(g.Key, g.Count(), g.Count(u => u.Geometry is not null), g.Count(u => u.Population is not null)))
            .ToList();
}
