namespace Boundaries.Data.Import.Building;

/// <summary>Reports the units left without population on a level where the joins gave population to others.</summary>
internal static class PopulationCheck
{
    /// <summary>Adds one issue per unit without population on each level that has population at all.</summary>
    public static void Run(IReadOnlyList<AdminUnit> units, List<DataIssue> issues)
    {
        var levels = units.Where(u => u.Population is not null).Select(u => u.Level).ToHashSet();
        foreach (var unit in units.Where(u => levels.Contains(u.Level) && u.Population is null))
        {
            issues.Add(new DataIssue(IssueSeverity.Warning, "missing-population", $"{unit.FullName} has no population figure") { Code = unit.Code });
        }
    }
}
