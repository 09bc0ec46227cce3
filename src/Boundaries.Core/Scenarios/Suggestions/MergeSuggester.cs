using Boundaries.Core.Evaluation;
using Boundaries.Core.Standards;

namespace Boundaries.Core.Scenarios.Suggestions;

/// <summary>Ranks the neighbours of a substandard unit by what merging with each would give.</summary>
public static class MergeSuggester
{
    /// <summary>The neighbours of <paramref name="code"/> (sharing a boundary of positive length), best first.</summary>
    /// <remarks>
    /// Order: merged unit meets the standards; same district (a merge across districts also moves a district boundary,
    /// which needs its own decision); margin of the weaker percentage; longer common boundary.
    /// </remarks>
    public static IReadOnlyList<MergeSuggestion> For(ScenarioWorkspace workspace, UnitCode code, StandardsCatalogue catalogue, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(options);
        var unit = workspace.Find(code) ?? throw new KeyNotFoundException($"No unit with code {code}.");
        if (unit.Level != UnitLevel.Commune || unit.Geometry is null)
        {
            return [];
        }

        var suggestions = new List<MergeSuggestion>();
        foreach (var neighbour in workspace.Adjacency.NeighboursOf(code.Value))
        {
            if (workspace.Find(neighbour.Key) is not { } other)
            {
                continue;
            }

            var continuing = Continuing([unit, other]);
            var area = AreaForStandards(workspace, unit, options) + AreaForStandards(workspace, other, options);
            var people = PopulationForStandards(unit) + PopulationForStandards(other);
            var merged = workspace.FormedUnits.GetValueOrDefault(unit.Code, 1) + workspace.FormedUnits.GetValueOrDefault(other.Code, 1);
            var parentType = continuing.ParentCode is { } p ? workspace.Find(p)?.Type : null;
            var assessment = StandardsEvaluator.EvaluateHypothetical(catalogue, new HypotheticalUnit(continuing.Type, area, people, merged)
            {
                ParentType = parentType,
                Region = continuing.Region,
            }, options);
            suggestions.Add(new MergeSuggestion(unit, other, other.ParentCode == unit.ParentCode, neighbour.SharedLengthMeters, neighbour.VietnameseDirection, continuing, area, people, assessment));
        }

        return suggestions
            .OrderByDescending(s => s.Meets)
            .ThenByDescending(s => s.SameParent)
            .ThenByDescending(s => s.MarginPercent ?? double.NegativeInfinity)
            .ThenByDescending(s => s.SharedLengthMeters)
            .ToList();
    }

    /// <summary>The unit whose code, name and type a merger keeps: an urban type before a rural one (phường, then thị trấn, then xã), then the one with more people.</summary>
    public static AdminUnit Continuing(IReadOnlyList<AdminUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return units.OrderByDescending(u => u.Type switch { UnitType.Phuong => 2, UnitType.ThiTran => 1, _ => 0 })
            .ThenByDescending(u => u.Population?.Value ?? 0)
            .First();
    }

    /// <summary>What a unit adds to a merged unit's population, as the engine sums it (<see cref="AdminUnit.People"/>): its count, or its official figure when the dataset has no count (the 2025 declared figures).</summary>
    internal static long PopulationForStandards(AdminUnit unit) => unit.People ?? 0;

    /// <summary>The area the evaluator would use: the recorded one when preferred, else the polygon plus declared area.</summary>
    internal static double AreaForStandards(ScenarioWorkspace workspace, AdminUnit unit, EvaluationOptions options) =>
        options.AreaBasis == AreaBasis.PreferOfficial && unit.OfficialArea is { } official
            ? official.Km2
            : (unit.GeodesicAreaKm2 ?? 0) + workspace.DeclaredAreaKm2Of(unit.Code);
}
