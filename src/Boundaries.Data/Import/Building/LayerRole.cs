namespace Boundaries.Data.Import.Building;

/// <summary>The level of the units a manifest layer role gives polygons to.</summary>
internal static class LayerRole
{
    /// <summary>The level for "communes", "districts" or "province".</summary>
    public static UnitLevel LevelOf(string role) => role switch
    {
        "communes" => UnitLevel.Commune,
        "districts" => UnitLevel.District,
        "province" => UnitLevel.Province,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown layer role."),
    };
}
