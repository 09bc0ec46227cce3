namespace Boundaries.Core.Standards;

/// <summary>An orientation for the size of units formed by an arrangement, such as NQ 76/2025/UBTVQH15; recorded for evaluating new units.</summary>
/// <param name="Id">The stable id, e.g. "nq76-2025".</param>
/// <param name="Title">The title as cited.</param>
/// <param name="Adopted">The date the instrument was adopted.</param>
/// <param name="EffectiveFrom">First day in force; null when the sources do not state it.</param>
/// <param name="DataReferenceDate">The date the area and population figures must refer to.</param>
/// <param name="StandardsRegimeId">The regime whose standards the percentages refer to.</param>
/// <param name="Basis">Where it comes from.</param>
/// <param name="Targets">The sizes by kind of new unit.</param>
/// <param name="MergedUnitRule">The merger size for which the sizes need not be assessed.</param>
public sealed record Orientation(
    string Id,
    string Title,
    DateOnly Adopted,
    DateOnly? EffectiveFrom,
    DateOnly DataReferenceDate,
    string StandardsRegimeId,
    LegalBasis Basis,
    IReadOnlyList<OrientationTarget> Targets,
    MergedUnitRule MergedUnitRule) : ILegalRule;
