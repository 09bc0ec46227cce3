using Boundaries.Core.Standards;

namespace Boundaries.Core.Evaluation;

/// <summary>The standard that applies to a unit after any special-factor reduction, and why it was chosen.</summary>
/// <param name="Standard">The catalogue row.</param>
/// <param name="MinAreaKm2">The minimum area after any reduction, in km².</param>
/// <param name="MinPopulation">The minimum population after any reduction.</param>
/// <param name="Reductions">The reductions applied (at most one per standard).</param>
/// <param name="Reason">Why this row: type, parent type, region and special factor, in words.</param>
public sealed record AppliedStandard(UnitStandard Standard, double MinAreaKm2, double MinPopulation, IReadOnlyList<AppliedReduction> Reductions, string Reason);
