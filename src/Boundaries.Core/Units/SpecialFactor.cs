namespace Boundaries.Core.Units;

/// <summary>A per-unit fact that changes which standard applies or whether arrangement is required, with its reason and source.</summary>
/// <param name="Kind">A key from the standards catalogue, e.g. "coastal-disadvantaged" or "exempt-unchanged-since-1945".</param>
/// <param name="Reason">Why the fact holds for this unit, in the planner's words.</param>
/// <param name="Source">The decision or publication that establishes it.</param>
/// <param name="Value">A number the rule needs, such as the share of ethnic-minority population in per cent.</param>
public sealed record SpecialFactor(string Kind, string Reason, string Source, double? Value = null);
