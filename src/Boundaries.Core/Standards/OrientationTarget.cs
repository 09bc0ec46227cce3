namespace Boundaries.Core.Standards;

/// <summary>A size the new units of an arrangement should reach (NQ 76/2025/UBTVQH15 orientation).</summary>
/// <param name="Id">The stable id.</param>
/// <param name="UnitType">The type of the new unit.</param>
/// <param name="Condition">Which units the row is for, as the source words it.</param>
/// <param name="AreaPercentOfStandard">The area as a share of the NQ 1211/27 standard, when given as a share.</param>
/// <param name="PopulationPercentOfStandard">The population as a share of the standard, when given as a share.</param>
/// <param name="MinAreaKm2">The area in km² (derived from the share where the source gives a share).</param>
/// <param name="MinPopulation">The population (derived from the share where the source gives a share).</param>
/// <param name="Basis">Where it comes from.</param>
public sealed record OrientationTarget(
    string Id,
    UnitType UnitType,
    string Condition,
    double? AreaPercentOfStandard,
    double? PopulationPercentOfStandard,
    double MinAreaKm2,
    double MinPopulation,
    LegalBasis Basis) : ILegalRule;
