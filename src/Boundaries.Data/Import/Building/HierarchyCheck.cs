namespace Boundaries.Data.Import.Building;

/// <summary>Reports units without a parent, with a parent not in the map, or with a parent on the wrong level (a commune under its province is right in a map with no district level).</summary>
internal static class HierarchyCheck
{
    /// <summary>Adds an issue for each broken link; <paramref name="parentsMayBeOutside"/> lowers "parent not in map" to Info for single files.</summary>
    public static void Run(IReadOnlyList<AdminUnit> units, string file, bool parentsMayBeOutside, List<DataIssue> issues)
    {
        var byCode = units.ToDictionary(u => u.Code);

        // Since 01/07/2025 (Luật 72/2025/QH15) xã, phường and đặc khu are directly under the province; a map without
        // districts is of that structure, and a map with some keeps the three-tier check.
        var twoTier = units.All(u => u.Level != UnitLevel.District);
        var levels = units.Select(u => u.Level).ToHashSet();
        foreach (var unit in units.Where(u => u.Level != UnitLevel.Province))
        {
            if (unit.ParentCode is not { } parentCode)
            {
                issues.Add(new DataIssue(IssueSeverity.Warning, "missing-parent", $"{unit.FullName} has no parent unit") { File = file, Code = unit.Code });
            }
            else if (!byCode.TryGetValue(parentCode, out var parent))
            {
                // A single file of communes names districts it does not hold; a parent of a level the data holds must exist.
                var outside = parentsMayBeOutside && !levels.Contains(unit.Level - 1);
                issues.Add(new DataIssue(outside ? IssueSeverity.Info : IssueSeverity.Error, "unknown-parent",
                    $"{unit.FullName} has parent {parentCode}, which is not in the {(outside ? "file" : "data")}") { File = file, Code = unit.Code });
            }
            else if (parent.Level != unit.Level - 1 && !(twoTier && unit.Level == UnitLevel.Commune && parent.Level == UnitLevel.Province))
            {
                issues.Add(new DataIssue(IssueSeverity.Warning, "unexpected-level",
                    $"{unit.FullName} ({unit.Level}) has parent {parent.FullName} ({parent.Level})") { File = file, Code = unit.Code });
            }
        }
    }
}
