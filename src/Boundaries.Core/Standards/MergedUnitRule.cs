namespace Boundaries.Core.Standards;

/// <summary>The standard a unit formed by an arrangement must meet, and the merger size that excuses it (NQ 35/2023/UBTVQH15 Điều 4).</summary>
/// <param name="Id">The stable id.</param>
/// <param name="MinUnitsForException">Merging at least this many units of the same level is permitted although the standards are not met.</param>
/// <param name="Description">The rule as the law words it.</param>
/// <param name="Basis">Where it comes from.</param>
public sealed record MergedUnitRule(string Id, int MinUnitsForException, string Description, LegalBasis Basis) : ILegalRule;
