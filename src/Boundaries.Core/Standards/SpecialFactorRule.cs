namespace Boundaries.Core.Standards;

/// <summary>A reduction of one standard for units with a special factor (NQ 1211/2016/UBTVQH13 Điều 3a, added by NQ 27/2022/UBTVQH15).</summary>
/// <param name="Id">The stable id, e.g. "nq27/dieu-3a/coastal-disadvantaged".</param>
/// <param name="FactKinds">The per-unit fact kinds (<see cref="SpecialFactor.Kind"/>) that trigger it.</param>
/// <param name="AppliesTo">The unit types it may reduce (the rural types, or xã only).</param>
/// <param name="Dimension">The standard it reduces.</param>
/// <param name="PercentOfStandard">The reduced minimum as a share of the normal standard, in per cent.</param>
/// <param name="Description">The rule as the law words it.</param>
/// <param name="Basis">Where it comes from.</param>
public sealed record SpecialFactorRule(
    string Id,
    IReadOnlyList<string> FactKinds,
    IReadOnlyList<UnitType> AppliesTo,
    StandardDimension Dimension,
    double PercentOfStandard,
    string Description,
    LegalBasis Basis) : ILegalRule
{
    /// <summary>The ethnic-minority share (per cent) from which the rule applies and the further steps count.</summary>
    public double? MinorityThresholdPercent { get; init; }

    /// <summary>The further reduction, in percentage points of the standard, for each further 10 % of ethnic-minority population.</summary>
    public double? StepPercentPer10PercentMinority { get; init; }

    /// <summary>The lowest the reduced minimum may go, in per cent of the standard.</summary>
    public double? FloorPercent { get; init; }

    /// <summary>The reduced minimum in per cent of the standard for a unit of this type with this fact, or null when the rule does not apply.</summary>
    /// <remarks>
    /// NQ 27/2022/UBTVQH15 Điều 3a: 50 % of the standard, and 5 points less for each further 10 % of ethnic-minority
    /// population above 30 %, never below 20 %. A border unit without a recorded minority share gets the base reduction;
    /// a recorded share below the threshold means the ethnic-minority ground does not hold.
    /// </remarks>
    public double? PercentFor(UnitType type, SpecialFactor fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!AppliesTo.Contains(type) || !FactKinds.Contains(fact.Kind, StringComparer.Ordinal))
        {
            return null;
        }

        if (MinorityThresholdPercent is not { } threshold || fact.Value is not { } share)
        {
            return PercentOfStandard;
        }

        if (share < threshold)
        {
            return fact.Kind == "border" ? PercentOfStandard : null;
        }

        var steps = Math.Floor((share - threshold) / 10.0);
        var percent = PercentOfStandard - (steps * (StepPercentPer10PercentMinority ?? 0));
        return Math.Max(percent, FloorPercent ?? 0);
    }
}
