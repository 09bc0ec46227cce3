namespace Boundaries.Core.Units;

/// <summary>
/// The tiers of local government: three until 30/06/2025; since 01/07/2025 two (Luật 72/2025/QH15), the
/// province and the commune level directly under it, with no district.
/// </summary>
public enum UnitLevel
{
    /// <summary>Cấp tỉnh: tỉnh and thành phố trực thuộc trung ương.</summary>
    Province = 1,

    /// <summary>Cấp huyện: huyện, quận, thị xã, thành phố thuộc tỉnh.</summary>
    District = 2,

    /// <summary>Cấp xã: xã, phường, thị trấn (until 30/06/2025); xã, phường, đặc khu (since 01/07/2025).</summary>
    Commune = 3,
}

/// <summary>The levels in the words of Vietnamese law.</summary>
public static class UnitLevels
{
    /// <summary>"cấp tỉnh", "cấp huyện" or "cấp xã".</summary>
    public static string VietnameseName(this UnitLevel level) => level switch
    {
        UnitLevel.Province => "cấp tỉnh",
        UnitLevel.District => "cấp huyện",
        _ => "cấp xã",
    };
}
