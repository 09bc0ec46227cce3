using Boundaries.Core.Orientations;
using Boundaries.Core.Standards;

namespace Boundaries.Core.Planning;

/// <summary>A new unit with the figures declared for it (the 2025 layer's area and population, undated).</summary>
/// <param name="Code">The new code.</param>
/// <param name="Name">The name with its type.</param>
/// <param name="Type">The type.</param>
/// <param name="AreaKm2">The declared natural area.</param>
/// <param name="Population">The declared population.</param>
/// <param name="Flag">A quality flag on the population, when the data has one (e.g. "low (&lt; 0.5 x census 2019)").</param>
/// <param name="Source">Where the figures come from.</param>
public sealed record DeclaredUnit(UnitCode Code, string Name, UnitType Type, double AreaKm2, long Population, string? Flag, string Source);

/// <summary>One new unit of a real arrangement, judged twice: on the tool's figures of its members and on its declared figures.</summary>
/// <param name="Code">The new code.</param>
/// <param name="Name">The new name.</param>
/// <param name="Members">The old units it was formed from that are in the map.</param>
/// <param name="OnToolFigures">The verdict on the members' figures in the map.</param>
/// <param name="OnDeclaredFigures">The verdict on the declared figures; null when none are declared.</param>
/// <param name="Declared">The declared unit, when known.</param>
public sealed record RealGroup(
    UnitCode Code, string Name, IReadOnlyList<AdminUnit> Members, OrientationJudgement OnToolFigures, OrientationJudgement? OnDeclaredFigures, DeclaredUnit? Declared);

/// <summary>A real arrangement given as a crosswalk: its partition of the map's units and its new units judged against an orientation.</summary>
public static class RealArrangement
{
    /// <summary>The group (new code) of each unit of the map that the crosswalk moves whole; units split in parts are left out.</summary>
    public static IReadOnlyDictionary<UnitCode, UnitCode> Partition(AdminMap map, IEnumerable<CrosswalkRow> rows)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.Where(r => map.Find(r.OldCode) is { Level: UnitLevel.Commune }).ToList();
        var split = list.GroupBy(r => r.OldCode).Where(g => g.Count() > 1 || g.First().Share != CrosswalkShare.Full).Select(g => g.Key).ToHashSet();
        return list.Where(r => !split.Contains(r.OldCode)).ToDictionary(r => r.OldCode, r => r.NewCode);
    }

    /// <summary>Every new unit of the crosswalk with members in the map, judged on the tool's and on the declared figures, by new code.</summary>
    public static IReadOnlyList<RealGroup> Judge(
        AdminMap map, IEnumerable<CrosswalkRow> rows, IEnumerable<DeclaredUnit> declared, Orientation orientation, ProvinceSetting setting)
    {
        ArgumentNullException.ThrowIfNull(declared);
        var rowList = rows.ToList();
        var partition = Partition(map, rowList);
        var byCode = declared.ToDictionary(d => d.Code);
        var names = rowList.GroupBy(r => r.NewCode).ToDictionary(g => g.Key, g => g.First().NewName);
        return partition.GroupBy(p => p.Value).OrderBy(g => g.Key.Value, StringComparer.Ordinal).Select(g =>
        {
            var members = g.Select(p => map[p.Key]).ToList();
            var tool = OrientationJudge.Judge(orientation, members, setting);
            var d = byCode.GetValueOrDefault(g.Key);
            var onDeclared = d is null ? null : OrientationJudge.Judge(
                orientation, d.Type, members.Select(u => u.Region).Distinct().Count() == 1 ? members[0].Region : RegionClass.Unknown,
                new GroupFigures(d.AreaKm2, d.Population, [], [], new HashSet<int>(), 1), members.Count, setting);
            return new RealGroup(g.Key, d?.Name ?? names[g.Key], members, tool, onDeclared, d);
        }).ToList();
    }
}

/// <summary>A real arrangement given as a crosswalk, written as a scenario so that it can be drawn and applied like a plan.</summary>
public static class RealArrangementScenario
{
    /// <summary>One merge per new unit of two or more members, named and typed as declared (else as NQ 76/2025 would type it).</summary>
    public static Scenarios.Scenario Build(
        AdminMap map, IEnumerable<CrosswalkRow> rows, IEnumerable<DeclaredUnit> declared, Scenarios.ScenarioBaseline baseline, Scenarios.Scenario? before, string title)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(baseline);
        var rowList = rows.ToList();
        var byCode = declared.ToDictionary(d => d.Code);
        var names = rowList.GroupBy(r => r.NewCode).ToDictionary(g => g.Key, g => g.First().NewName);
        var merges = RealArrangement.Partition(map, rowList).GroupBy(p => p.Value).Where(g => g.Count() > 1)
            .OrderBy(g => g.Key.Value, StringComparer.Ordinal).Select(g =>
            {
                var members = g.Select(p => map[p.Key]).OrderBy(u => u.Code.Value, StringComparer.Ordinal).ToList();
                var type = byCode.TryGetValue(g.Key, out var d) ? d.Type : OrientationJudge.ResultTypeOf(members);
                var full = d?.Name ?? names[g.Key];
                var prefix = type.VietnameseName() + " ";
                var name = full.StartsWith(prefix, StringComparison.Ordinal) && !char.IsDigit(full[prefix.Length]) ? full[prefix.Length..] : full;
                var continuing = members.FirstOrDefault(u => u.Code == g.Key) ?? members[0];
                var parent = members.Select(u => u.ParentCode).Distinct().Count() > 1 ? continuing.ParentCode : null;
                return new Scenarios.Operations.MergeOperation(members.Select(u => u.Code).ToList(), new Scenarios.Operations.NewUnitSpec(g.Key, name, type), parent);
            }).ToList();
        return new Scenarios.Scenario
        {
            Baseline = before?.Baseline ?? baseline,
            Title = title,
            LegalBasis = before?.LegalBasis ?? [],
            Author = "Boundaries (from the crosswalk)",
            Operations = [.. before?.Operations ?? [], .. merges],
        };
    }
}
