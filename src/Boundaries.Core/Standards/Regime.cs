namespace Boundaries.Core.Standards;

/// <summary>A dated set of unit standards, e.g. NQ 1211/2016/UBTVQH13 as amended by NQ 27/2022/UBTVQH15 (2023–2025).</summary>
/// <param name="Id">The stable id, e.g. "nq1211-nq27".</param>
/// <param name="Title">The title as cited.</param>
/// <param name="EffectiveFrom">First day in force.</param>
/// <param name="EffectiveTo">Last day in force; null while no successor is recorded.</param>
/// <param name="Basis">Where it comes from.</param>
/// <param name="Standards">The unit standards.</param>
/// <param name="SpecialFactors">The special-factor reductions (none before NQ 27).</param>
/// <param name="OneReductionPerStandard">The rule that only one factor's reduction applies to each standard, when the regime has special factors.</param>
public sealed record Regime(
    string Id,
    string Title,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    LegalBasis Basis,
    IReadOnlyList<UnitStandard> Standards,
    IReadOnlyList<SpecialFactorRule> SpecialFactors,
    LegalProvision? OneReductionPerStandard) : ILegalRule
{
    /// <summary>Whether the regime is in force on the date.</summary>
    public bool InForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);
}
