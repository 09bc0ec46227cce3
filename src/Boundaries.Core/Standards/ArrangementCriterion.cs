namespace Boundaries.Core.Standards;

/// <summary>One row of an arrangement programme: a unit of these levels whose area and population are both below these shares of its standard must be arranged.</summary>
/// <param name="Id">The stable id, e.g. "nq35-2023/2023-2025/both-below-70".</param>
/// <param name="Levels">The levels the row covers.</param>
/// <param name="AreaBelowPercent">The area share (per cent of the standard) below which the row can match.</param>
/// <param name="PopulationBelowPercent">The population share (per cent of the standard) below which the row can match.</param>
/// <param name="Description">The row as the law words it.</param>
/// <param name="Basis">Where it comes from.</param>
public sealed record ArrangementCriterion(
    string Id,
    IReadOnlyList<UnitLevel> Levels,
    double AreaBelowPercent,
    double PopulationBelowPercent,
    string Description,
    LegalBasis Basis) : ILegalRule
{
    /// <summary>Whether both shares are strictly below the row's thresholds ("dưới").</summary>
    public bool Matches(double areaPercent, double populationPercent) =>
        areaPercent < AreaBelowPercent && populationPercent < PopulationBelowPercent;
}
