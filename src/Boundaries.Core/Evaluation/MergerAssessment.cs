using Boundaries.Core.Standards;

namespace Boundaries.Core.Evaluation;

/// <summary>Whether a unit formed by an arrangement meets its standard, and whether it is permitted if it does not (NQ 35/2023/UBTVQH15 Điều 4).</summary>
/// <param name="Standard">The standard that applies, or null when none could be chosen.</param>
/// <param name="AreaPercent">Area in per cent of the area standard.</param>
/// <param name="PopulationPercent">Population in per cent of the population standard.</param>
/// <param name="MeetsStandard">Whether both standards are met.</param>
/// <param name="Permitted">Whether the unit may be formed: it meets the standards, or enough units merge.</param>
/// <param name="Rule">The rule for units formed by an arrangement in the programme applied; null without a programme.</param>
/// <param name="Unconfirmed">Unconfirmed rules relied on.</param>
/// <param name="Notes">Reasons and caveats in words.</param>
public sealed record MergerAssessment(
    AppliedStandard? Standard,
    double? AreaPercent,
    double? PopulationPercent,
    bool? MeetsStandard,
    bool? Permitted,
    MergedUnitRule? Rule,
    IReadOnlyList<RuleReference> Unconfirmed,
    IReadOnlyList<string> Notes)
{
    /// <summary>True when the unit is permitted only because of the merger-size exception.</summary>
    public bool PermittedByMergerSize => Permitted == true && MeetsStandard == false;
}
