using Boundaries.Core.Evaluation;

namespace Boundaries.Core.Scenarios.Suggestions;

/// <summary>A neighbour to merge a substandard unit with, and what the merged unit would be.</summary>
/// <param name="Unit">The substandard unit.</param>
/// <param name="Neighbour">The neighbour.</param>
/// <param name="SameParent">Whether both lie in the same district (otherwise a district boundary moves too).</param>
/// <param name="SharedLengthMeters">Length of their common boundary on the ellipsoid, in metres.</param>
/// <param name="Direction">Where the neighbour lies, in Vietnamese ("Bắc", "Đông Nam").</param>
/// <param name="Continuing">The unit whose code, name and type the merged unit would keep (see <see cref="MergeSuggester.Continuing"/>).</param>
/// <param name="AreaKm2">The merged unit's area in km² (figures the evaluator uses: recorded, else polygon plus declared).</param>
/// <param name="Population">The merged unit's population.</param>
/// <param name="Assessment">The merged unit against its standard, and whether it is permitted (NQ 35/2023/UBTVQH15 Điều 4).</param>
public sealed record MergeSuggestion(
    AdminUnit Unit,
    AdminUnit Neighbour,
    bool SameParent,
    double SharedLengthMeters,
    string Direction,
    AdminUnit Continuing,
    double AreaKm2,
    long Population,
    MergerAssessment Assessment)
{
    /// <summary>By how many percentage points the weaker of the two percentages exceeds 100 % (negative when short); null without a standard.</summary>
    public double? MarginPercent =>
        Assessment.AreaPercent is { } a && Assessment.PopulationPercent is { } p ? Math.Min(a, p) - 100 : null;

    /// <summary>Whether the merged unit would meet both standards.</summary>
    public bool Meets => Assessment.MeetsStandard == true;
}
