using System.Globalization;
using Boundaries.Core.Evaluation;
using Boundaries.Core.Scenarios.Assessments;
using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Standards;

namespace Boundaries.Core.Scenarios.Suggestions;

/// <summary>Proposes merges from the suggestions until no commune-level unit is subject to arrangement.</summary>
/// <remarks>
/// Greedy and transparent, for a planner to review: take the first unit subject to arrangement in map order; merge it with
/// its best-ranked neighbour when the merged unit meets the standards; otherwise with its two best-ranked neighbours, which
/// NQ 35/2023/UBTVQH15 Điều 4 permits although the standards are not met. Re-evaluate and repeat.
/// </remarks>
public static class ArrangementResolver
{
    /// <summary>The proposed merges on <paramref name="map"/>, evaluated as of <paramref name="options"/>' date.</summary>
    public static ArrangementProposal Resolve(AdminMap map, StandardsCatalogue catalogue, EvaluationOptions options, int maxOperations = 100)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(options);
        var workspace = new ScenarioWorkspace(map);
        var operations = new List<ScenarioOperation>();
        var unresolved = new List<UnitCode>();
        while (operations.Count < maxOperations)
        {
            var evaluation = StandardsEvaluator.Evaluate(
                EvaluationView.Of(workspace.ToResult().Figures, options.AreaBasis), catalogue, options with { AreaBasis = AreaBasis.PreferOfficial });
            var next = evaluation.AtLevel(UnitLevel.Commune).FirstOrDefault(a => a.MustArrange == true && !unresolved.Contains(a.Code));
            if (next is null)
            {
                break;
            }

            var merge = Propose(workspace, next.Code, catalogue, options);
            if (merge is null || !workspace.Apply(merge).Applied)
            {
                unresolved.Add(next.Code);
                continue;
            }

            operations.Add(merge);
        }

        return new ArrangementProposal(operations, unresolved);
    }

    private static MergeOperation? Propose(ScenarioWorkspace workspace, UnitCode code, StandardsCatalogue catalogue, EvaluationOptions options)
    {
        // Within the district first: a merge across districts also moves a district boundary, which needs its own decision.
        var suggestions = MergeSuggester.For(workspace, code, catalogue, options);
        var sameDistrict = suggestions.Where(s => s.SameParent).ToList();
        return Pair(sameDistrict) ?? Three(sameDistrict) ?? Pair(suggestions) ?? Three(suggestions);
    }

    private static MergeOperation? Pair(IReadOnlyList<MergeSuggestion> suggestions) =>
        suggestions.FirstOrDefault(s => s.Meets) is { } best
            ? Merge([best.Unit, best.Neighbour], string.Create(
                CultureInfo.InvariantCulture,
                $"Suggested: the merged unit meets the standards ({best.Assessment.AreaPercent:0.##} % of the area, {best.Assessment.PopulationPercent:0.##} % of the population standard); common boundary {best.SharedLengthMeters:0} m."))
            : null;

    private static MergeOperation? Three(IReadOnlyList<MergeSuggestion> suggestions) =>
        suggestions.Count < 2 ? null : Merge(
            [suggestions[0].Unit, suggestions[0].Neighbour, suggestions[1].Neighbour],
            "Suggested: no single neighbour brings the merged unit to the standards; three units merge, which NQ 35/2023/UBTVQH15 Điều 4 permits.");

    private static MergeOperation Merge(IReadOnlyList<AdminUnit> units, string note)
    {
        var continuing = MergeSuggester.Continuing(units);
        var parent = units.Select(u => u.ParentCode).Distinct().Count() > 1 ? continuing.ParentCode : null;
        return new MergeOperation(units.Select(u => u.Code).ToList(), new NewUnitSpec(continuing.Code, continuing.Name, continuing.Type), parent) { Note = note };
    }
}
