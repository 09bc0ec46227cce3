using Boundaries.Core.Orientations;
using Boundaries.Core.Standards;
using Boundaries.Data.Scenarios;

namespace Boundaries.Web.Plans;

/// <summary>One group of a plan: the units that would form one new unit, judged by the orientation, with the merge that forms it.</summary>
/// <param name="Key">Names the group in the page ("merge-29242", "keep-29513").</param>
/// <param name="Code">The new unit's code.</param>
/// <param name="Name">The new unit's full name.</param>
/// <param name="Type">The new unit's type (slug).</param>
/// <param name="Members">The member units, as the map holds them.</param>
/// <param name="AreaKm2">The new unit's area, km²; null when not known.</param>
/// <param name="Population">Its population; null when not known.</param>
/// <param name="AreaPercent">Its area in per cent of the orientation's figure.</param>
/// <param name="PopulationPercent">Its population in per cent of the orientation's figure.</param>
/// <param name="Status">The verdict: meets, merger-of-three-or-more, cannot-meet, missing-figures, no-target, or stale when a member is no longer in the map.</param>
/// <param name="Verdict">The verdict in Vietnamese.</param>
/// <param name="Failing">Whether the group fails the orientation.</param>
/// <param name="Stale">Whether a member is no longer in the map (the scenario changed it).</param>
/// <param name="Explanation">Why the group is as it is, from the plan.</param>
/// <param name="Operation">The merge as in a scenario file; null for a unit left as it is.</param>
public sealed record ProposedGroup(
    string Key,
    string Code,
    string Name,
    string Type,
    IReadOnlyList<GroupMember> Members,
    double? AreaKm2,
    long? Population,
    double? AreaPercent,
    double? PopulationPercent,
    string Status,
    string Verdict,
    bool Failing,
    bool Stale,
    string Explanation,
    JsonElement? Operation)
{
    internal static ProposedGroup Merge(MergeOperation merge, AdminMap map, Orientation orientation, ProvinceSetting setting)
    {
        var operation = JsonDocument.Parse(ScenarioFile.OperationToJson(merge)).RootElement.Clone();
        var units = merge.Units.Select(c => map.Find(c) is { Level: UnitLevel.Commune } u ? u : null).ToList();
        var key = $"merge-{merge.Into.Code}";
        if (units.Any(u => u is null))
        {
            var gone = string.Join(", ", merge.Units.Where((_, i) => units[i] is null));
            var members = merge.Units.Select((c, i) => units[i] is { } u ? GroupMember.Of(u) : new GroupMember(c.Value, c.Value, null, null)).ToList();
            return new ProposedGroup(key, merge.Into.Code.Value, merge.Into.FullName, merge.Into.Type.Slug(), members, null, null, null, null,
                "stale", $"không đánh giá được: đơn vị {gone} không còn trong bản đồ đang mở", false, true, merge.Note ?? "", operation);
        }

        return Judged(key, merge.Into.Code.Value, merge.Into.FullName, merge.Into.Type.Slug(), units.OfType<AdminUnit>().ToList(), merge.Note ?? "", orientation, setting, operation);
    }

    internal static ProposedGroup Alone(AdminUnit unit, string reason, Orientation orientation, ProvinceSetting setting) =>
        Judged($"keep-{unit.Code}", unit.Code.Value, unit.FullName, unit.Type.Slug(), [unit], reason, orientation, setting, null);

    private static ProposedGroup Judged(
        string key, string code, string name, string type, IReadOnlyList<AdminUnit> units, string explanation, Orientation orientation, ProvinceSetting setting, JsonElement? operation)
    {
        var judgement = OrientationJudge.Judge(orientation, units, setting);
        return new ProposedGroup(
            key, code, name, type, units.Select(GroupMember.Of).ToList(),
            judgement.Figures.AreaKm2 is { } a ? Math.Round(a, 4) : null, judgement.Figures.Population,
            judgement.AreaPercent is { } ap ? Math.Round(ap, 2) : null, judgement.PopulationPercent is { } pp ? Math.Round(pp, 2) : null,
            Kebab(judgement.Status), judgement.Status.Vietnamese(), judgement.Status.IsFailing(), false, explanation, operation);
    }

    private static string Kebab(OrientationStatus status) => status switch
    {
        OrientationStatus.Meets => "meets",
        OrientationStatus.MergerOfThreeOrMore => "merger-of-three-or-more",
        OrientationStatus.CannotMeet => "cannot-meet",
        OrientationStatus.MissingFigures => "missing-figures",
        _ => "no-target",
    };
}

/// <summary>A member of a group as the map holds it.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Name">Its full name.</param>
/// <param name="AreaKm2">Its area, km² (official where it has one); null when not known.</param>
/// <param name="Population">Its population; null when not known.</param>
public sealed record GroupMember(string Code, string Name, double? AreaKm2, long? Population)
{
    internal static GroupMember Of(AdminUnit unit) =>
        new(unit.Code.Value, unit.FullName, (unit.OfficialArea?.Km2 ?? unit.GeodesicAreaKm2) is { } a ? Math.Round(a, 4) : null, unit.People);
}
