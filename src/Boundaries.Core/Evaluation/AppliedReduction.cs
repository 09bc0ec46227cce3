using Boundaries.Core.Standards;

namespace Boundaries.Core.Evaluation;

/// <summary>A special-factor reduction applied to one standard of a unit.</summary>
/// <param name="Rule">The rule (NQ 27/2022/UBTVQH15 Điều 3a).</param>
/// <param name="Fact">The unit's fact that triggers it, with reason and source.</param>
/// <param name="Percent">The reduced minimum in per cent of the normal standard.</param>
public sealed record AppliedReduction(SpecialFactorRule Rule, SpecialFactor Fact, double Percent);
