namespace Boundaries.Documents.Model;

/// <summary>For a unit formed by an arrangement: whether it meets the standards, and whether it may be formed if not (NQ 35/2023/UBTVQH15 Điều 4).</summary>
/// <param name="FormedFrom">How many units of its level it was formed from.</param>
/// <param name="MeetsStandard">Whether it meets both standards; null when unknown.</param>
/// <param name="Permitted">Whether it may be formed; null when unknown.</param>
/// <param name="PermittedByMergerSize">True when it is permitted only because enough units merged.</param>
/// <param name="MinUnitsForException">How many merged units excuse the standards (3 under NQ 35/2023).</param>
/// <param name="Citation">The rule's citation ("NQ 35/2023/UBTVQH15 Điều 4"), or empty.</param>
/// <param name="Unconfirmed">Unconfirmed rules relied on.</param>
public sealed record FormedUnitCheck(
    int FormedFrom,
    bool? MeetsStandard,
    bool? Permitted,
    bool PermittedByMergerSize,
    int? MinUnitsForException,
    string Citation,
    IReadOnlyList<RuleNote> Unconfirmed);
