namespace Boundaries.Core.Standards;

/// <summary>A standard on the units directly below a unit: how many, or what share of a type ("≥ 13 đơn vị cấp xã", "phường ≥ 65 %").</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Description">The criterion as the law words it.</param>
/// <param name="OfTypes">The subordinate types counted; empty counts every subordinate unit.</param>
/// <param name="MinCount">The least number of such units, when the criterion is a count.</param>
/// <param name="MinSharePercent">The least share of such units among all subordinate units, in per cent, when it is a share.</param>
/// <param name="Basis">Where it comes from.</param>
public sealed record SubordinateCriterion(
    string Id,
    string Description,
    IReadOnlyList<UnitType> OfTypes,
    int? MinCount,
    double? MinSharePercent,
    LegalBasis Basis) : ILegalRule;
