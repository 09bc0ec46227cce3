namespace Boundaries.Core.Scenarios.Results;

/// <summary>A unit's identity and figures at one moment (before or after a scenario).</summary>
/// <param name="Code">The code.</param>
/// <param name="Name">The full name with type ("Phường 3").</param>
/// <param name="Type">The type.</param>
/// <param name="ParentCode">The parent's code.</param>
/// <param name="Population">Population (sum of communes for a district); null when unknown.</param>
/// <param name="AreaKm2">Natural area in km² on the scenario's basis (see <see cref="ScenarioFigures"/>); null when unknown.</param>
/// <param name="AreaBasis">How the area was obtained ("polygon", "polygon + declared", "sum of communes", "unknown").</param>
/// <param name="Declared">True when a declared figure (no polygon) is part of the area or population.</param>
public sealed record UnitSnapshot(UnitCode Code, string Name, UnitType Type, UnitCode? ParentCode, long? Population, double? AreaKm2, string AreaBasis, bool Declared)
{
    /// <summary>The tier of the unit.</summary>
    public UnitLevel Level => Type.LevelOf();
}
