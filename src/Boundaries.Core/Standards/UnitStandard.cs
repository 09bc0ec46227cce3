namespace Boundaries.Core.Standards;

/// <summary>The minimum population and natural area of one kind of unit, with its other criteria.</summary>
/// <param name="Id">The stable id, e.g. "nq1211-nq27/phuong/thuoc-thanh-pho".</param>
/// <param name="UnitType">The type the standard is for.</param>
/// <param name="ParentType">For phường: the type of the parent (quận, thành phố, thị xã); null when the parent does not matter.</param>
/// <param name="Region">The region class the row is for; null when one row applies to every region.</param>
/// <param name="MinPopulation">Minimum population (people).</param>
/// <param name="MinAreaKm2">Minimum natural area in km².</param>
/// <param name="Basis">Where it comes from.</param>
/// <param name="Criteria">The criteria on subordinate units, if the law has them for this type.</param>
public sealed record UnitStandard(
    string Id,
    UnitType UnitType,
    UnitType? ParentType,
    RegionClass? Region,
    double MinPopulation,
    double MinAreaKm2,
    LegalBasis Basis,
    IReadOnlyList<SubordinateCriterion> Criteria) : ILegalRule;
