using Boundaries.Core.Quality;
using Boundaries.Core.Units;
using Boundaries.Data.Standards;

namespace Boundaries.Data.Projects;

/// <summary>Puts the sourced per-unit facts (official area and population, special factors, exemptions, region) onto the units of a map.</summary>
public static class UnitFactsJoin
{
    /// <summary>A new map whose units carry their facts, and the issues of facts that name no unit of the map.</summary>
    public static (AdminMap Map, IReadOnlyList<DataIssue> Issues) Apply(AdminMap map, UnitFactsTable facts, string file)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(facts);
        var issues = facts.Issues.ToList();
        foreach (var code in facts.ByCode.Keys.Where(c => map.Find(c) is null))
        {
            issues.Add(new DataIssue(IssueSeverity.Warning, "unknown-code", $"facts for unit {code}, which is not in the map, were not applied") { File = file, Code = code });
        }

        var units = map.Units.Select(u => facts.For(u.Code) is not { } f
            ? u
            : u with
            {
                SpecialFactors = [.. u.SpecialFactors, .. f.SpecialFactors],
                OfficialArea = f.OfficialArea ?? u.OfficialArea,
                OfficialPopulation = f.OfficialPopulation ?? u.OfficialPopulation,
                Region = f.Region ?? u.Region,
            });
        return (new AdminMap(units, map.Unassigned), issues);
    }
}
