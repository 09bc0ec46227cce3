namespace Boundaries.Core.Orientations;

/// <summary>What kind of province a phường is in, which selects the phường row of NQ 76/2025/UBTVQH15.</summary>
public enum ProvinceSetting
{
    /// <summary>Any other province (phường ≥ 5,5 km², ≥ 21.000 people).</summary>
    Other,

    /// <summary>A thành phố trực thuộc trung ương (≥ 45.000 people).</summary>
    CentrallyRunCity,

    /// <summary>A tỉnh miền núi, vùng cao or biên giới (≥ 15.000 people).</summary>
    MountainOrBorderProvince,
}

/// <summary>The setting of a province, from what the data records of it.</summary>
public static class ProvinceSettings
{
    /// <summary>The setting of the province unit; a province whose region is not recorded is "other".</summary>
    public static ProvinceSetting Of(AdminUnit? province) => province switch
    {
        { Type: UnitType.ThanhPhoTrucThuocTrungUong } => ProvinceSetting.CentrallyRunCity,
        { Region: RegionClass.MienNuiVungCao } => ProvinceSetting.MountainOrBorderProvince,
        _ => ProvinceSetting.Other,
    };
}
