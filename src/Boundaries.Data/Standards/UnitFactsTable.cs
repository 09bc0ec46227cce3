namespace Boundaries.Data.Standards;

/// <summary>The facts of a unit-facts file by unit code, with the problems found while reading it.</summary>
/// <param name="ByCode">The facts of each unit named in the file.</param>
/// <param name="Issues">Rows that were skipped or not applied, each with file, line and code.</param>
public sealed record UnitFactsTable(IReadOnlyDictionary<UnitCode, UnitFacts> ByCode, IReadOnlyList<DataIssue> Issues)
{
    /// <summary>The facts of a unit, or null when the file has none for it.</summary>
    public UnitFacts? For(UnitCode code) => ByCode.GetValueOrDefault(code);

    /// <summary>A new map whose units carry their facts, and the issues of the file with those of facts that name no unit of the map.</summary>
    public (AdminMap Map, IReadOnlyList<DataIssue> Issues) ApplyTo(AdminMap map, string file)
    {
        ArgumentNullException.ThrowIfNull(map);
        var issues = Issues.ToList();
        foreach (var code in ByCode.Keys.Where(c => map.Find(c) is null))
        {
            issues.Add(new DataIssue(IssueSeverity.Warning, "unknown-code", $"facts for unit {code}, which is not in the map, were not applied") { File = file, Code = code });
        }

        var units = map.Units.Select(u => For(u.Code) is { } facts ? facts.ApplyTo(u) : u);
        return (new AdminMap(units, map.Unassigned), issues);
    }
}
