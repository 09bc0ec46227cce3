using Boundaries.Core.Units;

namespace Boundaries.Documents.Model;

/// <summary>Counts the subordinate units of each affected parent before and after a scenario.</summary>
internal static class UnitCounts
{
    /// <summary>The districts whose communes changed, then the province at commune level, then the province at district level.</summary>
    public static (IReadOnlyList<UnitCount> Parents, UnitCount ProvinceCommunes, UnitCount ProvinceDistricts) Build(ScenarioResult result)
    {
        var parents = result.Changes
            .Where(c => (c.After ?? c.Before)!.Level == UnitLevel.Commune)
            .SelectMany(c => new[] { c.Before?.ParentCode, c.After?.ParentCode })
            .OfType<UnitCode>()
            .Distinct()
            .ToList();
        var province = result.Map.Provinces.First().Code;

        // In a map with no district level the communes' parent is the province, which the province's own count covers.
        var counts = parents
            .Where(code => code != province)
            .Select(code => Count(result, code, UnitLevel.Commune))
            .OfType<UnitCount>()
            .ToList();
        return (counts, Count(result, province, UnitLevel.Commune)!, Count(result, province, UnitLevel.District)!);
    }

    private static UnitCount? Count(ScenarioResult result, UnitCode parentCode, UnitLevel level)
    {
        var parent = result.Map.Find(parentCode) ?? result.Baseline.Find(parentCode);
        if (parent is null)
        {
            return null;
        }

        var before = Below(result.Baseline, parentCode, level);
        var after = Below(result.Map, parentCode, level);
        return new UnitCount(
            VietnameseNames.InText(parent),
            VietnameseNames.LevelText(level),
            before.Count,
            after.Count,
            VietnameseNames.Breakdown(before, parent.Type),
            VietnameseNames.Breakdown(after, parent.Type));
    }

    private static List<AdminUnit> Below(AdminMap map, UnitCode code, UnitLevel level)
    {
        if (map.Find(code) is not { } unit)
        {
            return [];
        }

        var children = map.ChildrenOf(unit.Code);
        return children.Where(c => c.Level == level)
            .Concat(children.Where(c => c.Level < level).SelectMany(child => Below(map, child.Code, level)))
            .ToList();
    }
}
