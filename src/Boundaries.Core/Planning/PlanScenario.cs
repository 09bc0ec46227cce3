using System.Globalization;
using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Standards;

namespace Boundaries.Core.Planning;

/// <summary>Writes a plan as a scenario: one merge per group of two or more units, after the operations of the scenario planned on.</summary>
/// <remarks>
/// The scenario is an ordinary one: <c>scenario apply</c>, <c>dossier</c>, <c>map --scenario</c> and the web planner read it as
/// they read any other. The new unit takes the code and name of its continuing member and the type NQ 76/2025 gives it; each
/// merge's note carries the group's reasons, and the description lists the units left as they are with theirs.
/// </remarks>
public static class PlanScenario
{
    /// <summary>The plan as a scenario on <paramref name="baseline"/>, after <paramref name="before"/> (e.g. NQ 1277/2024) when given.</summary>
    public static Scenario Build(ArrangementPlan plan, Orientation orientation, ScenarioBaseline baseline, Scenario? before, int seed)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(orientation);
        ArgumentNullException.ThrowIfNull(baseline);
        var merges = plan.Groups.Where(g => g.Members.Count > 1).Select(MergeOf).ToList();
        var alone = plan.Groups.Where(g => g.Members.Count == 1)
            .Select(g => $"{g.Members[0].FullName} ({g.Members[0].Code}) giữ nguyên: {string.Join(" ", g.Reasons.Take(1))}");
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"Phương án do Boundaries lập (phương án {plan.Rank}, hạt giống {seed}): {plan.UnitCount} đơn vị cấp xã, {plan.FailingCount} không đạt định hướng, độ gọn trung bình {plan.MeanCompactness:0.00}, vượt {plan.Crossings} ranh giới huyện cũ. Định hướng: {orientation.Title} ({orientation.Basis.Instrument}).");
        return new Scenario
        {
            Baseline = before?.Baseline ?? baseline,
            Title = $"Phương án sắp xếp đơn vị hành chính cấp xã theo {orientation.Basis.Instrument} ({plan.UnitCount} đơn vị){(plan.Rank > 1 ? $" — phương án {plan.Rank}" : "")}",
            LegalBasis = [.. before?.LegalBasis ?? [], new LegalReference(orientation.Basis.Instrument, orientation.Adopted)],
            Author = "Boundaries (boundaries plan)",
            EffectiveDate = before?.EffectiveDate,
            Description = string.Join("\n", alone.Prepend(summary)),
            Operations = [.. before?.Operations ?? [], .. merges],
        };
    }

    /// <summary>The identity of the new unit of a group: the continuing member's code and name, the type NQ 76/2025 gives.</summary>
    public static NewUnitSpec IntoOf(PlanGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new NewUnitSpec(group.Continuing.Code, NameOf(group.Continuing), group.Candidate.Judgement.ResultType);
    }

    /// <summary>The merge that forms the new unit of a group of two or more units, its note carrying the group's reasons.</summary>
    public static MergeOperation MergeOf(PlanGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var into = IntoOf(group);
        var parent = group.Members.Select(u => u.ParentCode).Distinct().Count() > 1 ? group.Continuing.ParentCode : null;
        return new MergeOperation(group.Members.Select(u => u.Code).ToList(), into, parent) { Note = string.Join(" ", group.Reasons) };
    }

    // "Thị trấn Càng Long" becomes "Càng Long" when the new unit is a xã; "Phường 3" keeps its name.
    private static string NameOf(AdminUnit unit)
    {
        var prefix = unit.Type.VietnameseName();
        return unit.Name.StartsWith(prefix + " ", StringComparison.OrdinalIgnoreCase) && unit.Type != UnitType.Phuong
            ? unit.Name[(prefix.Length + 1)..]
            : unit.Name;
    }
}
