namespace Boundaries.Core.Scenarios.Results;

/// <summary>One flow of the old→new code table: how much of an old unit's area and people went to a new unit.</summary>
/// <param name="Level">The tier of both units.</param>
/// <param name="OldCode">The unit in the baseline.</param>
/// <param name="OldName">Its full name.</param>
/// <param name="NewCode">The unit in the result.</param>
/// <param name="NewName">Its full name.</param>
/// <param name="AreaKm2">The area that went, in km²; null when the old unit has no polygon.</param>
/// <param name="AreaShare">That area as a share of the old unit's area (0–1); null when unknown.</param>
/// <param name="Population">The people who went.</param>
/// <param name="PopulationShare">Their share of the old unit's population (0–1); null when the old unit has no figure.</param>
/// <param name="Declared">True when the flow is a declared figure, not measured from polygons.</param>
public sealed record CodeTableRow(
    UnitLevel Level,
    UnitCode OldCode,
    string OldName,
    UnitCode NewCode,
    string NewName,
    double? AreaKm2,
    double? AreaShare,
    long Population,
    double? PopulationShare,
    bool Declared);
