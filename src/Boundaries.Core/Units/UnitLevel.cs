namespace Boundaries.Core.Units;

/// <summary>The three tiers of local government in force until 30/06/2025.</summary>
public enum UnitLevel
{
    /// <summary>Cấp tỉnh: tỉnh and thành phố trực thuộc trung ương.</summary>
    Province = 1,

    /// <summary>Cấp huyện: huyện, quận, thị xã, thành phố thuộc tỉnh.</summary>
    District = 2,

    /// <summary>Cấp xã: xã, phường, thị trấn.</summary>
    Commune = 3,
}
