namespace Boundaries.Core.Standards;

/// <summary>An arrangement programme (sắp xếp đơn vị hành chính) such as NQ 35/2023/UBTVQH15, with its periods, exemptions and merger rule.</summary>
/// <param name="Id">The stable id, e.g. "nq35-2023".</param>
/// <param name="Title">The title as cited.</param>
/// <param name="Adopted">The date the instrument was adopted.</param>
/// <param name="StandardsRegimeId">The regime whose standards the percentages refer to.</param>
/// <param name="Levels">The levels in the programme's scope.</param>
/// <param name="Basis">Where it comes from.</param>
/// <param name="Periods">The periods, each with its criteria.</param>
/// <param name="Exemptions">The grounds for not arranging a unit that matches.</param>
/// <param name="MergedUnitRule">The rule for the unit formed by an arrangement.</param>
public sealed record ArrangementProgramme(
    string Id,
    string Title,
    DateOnly Adopted,
    string StandardsRegimeId,
    IReadOnlyList<UnitLevel> Levels,
    LegalBasis Basis,
    IReadOnlyList<ArrangementPeriod> Periods,
    IReadOnlyList<ExemptionGround> Exemptions,
    MergedUnitRule MergedUnitRule) : ILegalRule;
