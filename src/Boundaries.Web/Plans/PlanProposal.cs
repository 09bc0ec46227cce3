using Boundaries.Core.Orientations;
using Boundaries.Core.Standards;
using Boundaries.Data.Scenarios;

namespace Boundaries.Web.Plans;

/// <summary>A whole-province plan as the page offers it: every commune of the map in one group, each to accept, edit or pass over.</summary>
/// <param name="Title">The plan's title.</param>
/// <param name="Summary">The first line of its description (the figures of the plan as written by <c>boundaries plan</c>).</param>
/// <param name="Rules">The orientation the groups are judged by.</param>
/// <param name="UnitCount">The units the plan forms.</param>
/// <param name="FailingCount">Groups failing the orientation.</param>
/// <param name="Skipped">Operations of the file that are neither merges nor already in the scenario, left aside.</param>
/// <param name="Groups">The merges in the file's order, then the units left as they are in map order.</param>
public sealed record PlanProposal(string Title, string Summary, string Rules, int UnitCount, int FailingCount, int Skipped, IReadOnlyList<ProposedGroup> Groups)
{
    /// <summary>The plan's operations not yet in <paramref name="opened"/> as groups on <paramref name="map"/> (the map of <paramref name="opened"/>).</summary>
    internal static PlanProposal Of(Scenario plan, Scenario? opened, AdminMap map, Orientation orientation)
    {
        var held = (opened?.Operations ?? []).Select(ScenarioFile.OperationToJson).ToHashSet(StringComparer.Ordinal);
        var fresh = plan.Operations.Where(o => !held.Contains(ScenarioFile.OperationToJson(o))).ToList();
        var merges = fresh.OfType<MergeOperation>().ToList();
        var setting = ProvinceSettings.Of(map.Provinces.FirstOrDefault());
        var lines = (plan.Description ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var grouped = merges.SelectMany(m => m.Units).ToHashSet();
        var groups = merges.Select(m => ProposedGroup.Merge(m, map, orientation, setting))
            .Concat(map.Communes.Where(u => !grouped.Contains(u.Code)).Select(u => ProposedGroup.Alone(u, ReasonKept(u, lines), orientation, setting)))
            .ToList();
        return new PlanProposal(
            plan.Title, lines.FirstOrDefault() ?? "", $"{orientation.Title} ({orientation.Basis.Instrument})",
            groups.Count, groups.Count(g => g.Failing), fresh.Count - merges.Count, groups);
    }

    // PlanScenario writes one line per unit left alone: "Xã A (12345) giữ nguyên: why".
    private static string ReasonKept(AdminUnit unit, IReadOnlyList<string> lines) =>
        lines.FirstOrDefault(l => l.StartsWith($"{unit.FullName} ({unit.Code}) giữ nguyên", StringComparison.Ordinal))
        ?? $"{unit.FullName} ({unit.Code}) không thuộc nhóm nhập nào của phương án: giữ nguyên.";
}
