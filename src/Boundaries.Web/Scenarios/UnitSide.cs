namespace Boundaries.Web.Scenarios;

/// <summary>A unit on one side (before or after) of the scenario table: identity, figures and standing.</summary>
/// <param name="Code">GSO code.</param>
/// <param name="Name">Full name with type.</param>
/// <param name="Type">The type's slug.</param>
/// <param name="ParentCode">The parent's code.</param>
/// <param name="ParentName">The parent's full name.</param>
/// <param name="AreaKm2">Natural area on the scenario basis, km² (ellipsoidal area of the full polygon, plus declared figures).</param>
/// <param name="Population">Population (the sum of communes for a district).</param>
/// <param name="AreaPercent">Area in per cent of the area standard.</param>
/// <param name="PopulationPercent">Population in per cent of the population standard.</param>
/// <param name="Status">The status key (see <see cref="Display.UnitStatus"/>).</param>
/// <param name="StatusText">The status in Vietnamese.</param>
public sealed record UnitSide(
    string Code,
    string Name,
    string Type,
    string? ParentCode,
    string? ParentName,
    double? AreaKm2,
    long? Population,
    double? AreaPercent,
    double? PopulationPercent,
    string Status,
    string StatusText);
