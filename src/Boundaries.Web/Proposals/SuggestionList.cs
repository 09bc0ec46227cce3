using Boundaries.Core.Scenarios.Suggestions;

namespace Boundaries.Web.Proposals;

/// <summary>The neighbours of one unit, best merge partner first (<see cref="MergeSuggester"/>).</summary>
/// <param name="Code">The unit's code.</param>
/// <param name="Name">The unit's full name.</param>
/// <param name="AsOf">The date whose law was applied.</param>
/// <param name="Suggestions">The neighbours, best first.</param>
public sealed record SuggestionList(string Code, string Name, DateOnly AsOf, IReadOnlyList<SuggestionRow> Suggestions)
{
    internal static SuggestionList Of(AdminUnit unit, DateOnly asOf, IReadOnlyList<MergeSuggestion> suggestions) =>
        new(unit.Code.Value, unit.FullName, asOf, suggestions.Select(SuggestionRow.Of).ToList());
}

/// <summary>A neighbour and what merging with it would give.</summary>
/// <param name="Code">The neighbour's code.</param>
/// <param name="Name">The neighbour's full name.</param>
/// <param name="SameParent">Whether both lie in the same district.</param>
/// <param name="Direction">Where the neighbour lies ("Đông Nam").</param>
/// <param name="SharedLengthMeters">Length of the common boundary, m.</param>
/// <param name="ContinuingCode">The code the merged unit would keep.</param>
/// <param name="ContinuingName">The name the merged unit would keep.</param>
/// <param name="AreaKm2">The merged unit's area, km².</param>
/// <param name="Population">The merged unit's population.</param>
/// <param name="AreaPercent">Its area in per cent of the standard.</param>
/// <param name="PopulationPercent">Its population in per cent of the standard.</param>
/// <param name="Meets">Whether it would meet both standards.</param>
/// <param name="Permitted">Whether the arrangement rule would permit it (null without a programme).</param>
public sealed record SuggestionRow(
    string Code,
    string Name,
    bool SameParent,
    string Direction,
    double SharedLengthMeters,
    string ContinuingCode,
    string ContinuingName,
    double AreaKm2,
    long Population,
    double? AreaPercent,
    double? PopulationPercent,
    bool Meets,
    bool? Permitted)
{
    internal static SuggestionRow Of(MergeSuggestion s) => new(
        s.Neighbour.Code.Value,
        s.Neighbour.FullName,
        s.SameParent,
        s.Direction,
        Math.Round(s.SharedLengthMeters),
        s.Continuing.Code.Value,
        s.Continuing.FullName,
        Math.Round(s.AreaKm2, 4),
        s.Population,
        s.Assessment.AreaPercent is { } a ? Math.Round(a, 2) : null,
        s.Assessment.PopulationPercent is { } p ? Math.Round(p, 2) : null,
        s.Meets,
        s.Assessment.Permitted);
}
