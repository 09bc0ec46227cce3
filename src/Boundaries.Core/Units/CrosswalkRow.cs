namespace Boundaries.Core.Units;

/// <summary>One link between an old unit and a new unit of a reform: the old unit, in whole or in part, became part of the new one.</summary>
/// <param name="OldCode">The old unit's code.</param>
/// <param name="OldName">The old unit's full name ("Xã Long Khánh").</param>
/// <param name="OldProvince">The old province's name ("Tỉnh Trà Vinh").</param>
/// <param name="NewCode">The new unit's code.</param>
/// <param name="NewName">The new unit's full name.</param>
/// <param name="Share">Whether the whole old unit went into the new one.</param>
public sealed record CrosswalkRow(UnitCode OldCode, string OldName, string OldProvince, UnitCode NewCode, string NewName, CrosswalkShare Share);
