using Boundaries.Core.Standards;

namespace Boundaries.Core.Orientations;

/// <summary>The verdict of an orientation on one proposed new unit (a group of existing units, or a unit declared formed).</summary>
/// <param name="Orientation">The orientation applied.</param>
/// <param name="ResultType">The type the new unit takes (NQ 76: phường when a phường is merged, xã otherwise).</param>
/// <param name="Target">The row applied; null when the orientation has none for the case.</param>
/// <param name="Figures">The figures judged.</param>
/// <param name="MemberCount">How many units form the new unit.</param>
/// <param name="Status">The verdict.</param>
/// <param name="Notes">What the planner must read with the verdict, in Vietnamese.</param>
public sealed record OrientationJudgement(
    Orientation Orientation,
    UnitType ResultType,
    OrientationTarget? Target,
    GroupFigures Figures,
    int MemberCount,
    OrientationStatus Status,
    IReadOnlyList<string> Notes)
{
    /// <summary>The area as a percentage of the row's area figure.</summary>
    public double? AreaPercent => Target is null || Figures.AreaKm2 is not { } a ? null : 100 * a / Target.MinAreaKm2;

    /// <summary>The population as a percentage of the row's population figure.</summary>
    public double? PopulationPercent => Target is null || Figures.Population is not { } p ? null : 100 * p / Target.MinPopulation;

    /// <summary>Whether the area reaches the row's figure; null when unknown.</summary>
    public bool? AreaReached => AreaPercent is { } p ? p >= 100 : null;

    /// <summary>Whether the population reaches the row's figure; null when unknown.</summary>
    public bool? PopulationReached => PopulationPercent is { } p ? p >= 100 : null;

    /// <summary>Whether the row applied is marked unconfirmed in the facts.</summary>
    public bool Unconfirmed => Target?.Basis.Status == RuleStatus.Unconfirmed;

    /// <summary>The citation of the row ("NQ 76/2025/UBTVQH15 — xã khác (không thuộc huyện đảo)").</summary>
    public string Citation => Target is null ? Orientation.Basis.Citation : $"{Orientation.Basis.Citation} — {Target.Condition} ({Target.Id})";
}
