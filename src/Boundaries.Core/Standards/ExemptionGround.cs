namespace Boundaries.Core.Standards;

/// <summary>A ground on which a unit that meets the arrangement criteria is not required to be arranged (NQ 35/2023/UBTVQH15 Điều 3).</summary>
/// <param name="Id">The stable id, e.g. "nq35-2023/exempt/unchanged-since-1945".</param>
/// <param name="FactKind">The per-unit fact kind that records the ground for a unit.</param>
/// <param name="Ground">The ground's letter or label in the instrument ("a", "b", …).</param>
/// <param name="Description">The ground as the law words it.</param>
/// <param name="PeriodIds">The periods in which it applies; empty for every period of the programme.</param>
/// <param name="Basis">Where it comes from.</param>
public sealed record ExemptionGround(
    string Id,
    string FactKind,
    string Ground,
    string Description,
    IReadOnlyList<string> PeriodIds,
    LegalBasis Basis) : ILegalRule
{
    /// <summary>Whether the ground applies in the period.</summary>
    public bool AppliesIn(string periodId) => PeriodIds.Count == 0 || PeriodIds.Contains(periodId, StringComparer.Ordinal);
}
