using Boundaries.Core.Standards;

namespace Boundaries.Data.Standards;

/// <summary>One row of a unit-facts CSV, as written.</summary>
/// <param name="Code">The unit's GSO code.</param>
/// <param name="Kind">What the row records (see data/standards/README.md).</param>
/// <param name="Value">The value as text: a number, yes/no, or a class.</param>
/// <param name="Year">The year the value refers to, when known.</param>
/// <param name="Reason">Why the fact holds, in words.</param>
/// <param name="Source">The publication that states it.</param>
/// <param name="Status">Confirmed, derived or unconfirmed.</param>
/// <param name="Line">The 1-based line in the file.</param>
public sealed record UnitFactRow(UnitCode Code, string Kind, string Value, int? Year, string Reason, string Source, RuleStatus Status, int Line);
