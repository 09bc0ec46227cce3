namespace Boundaries.Core.Units;

/// <summary>
/// The kinds of administrative unit: those of Luật Tổ chức chính quyền địa phương 2015 (Điều 2), in force until
/// 30/06/2025, and those of Luật Tổ chức chính quyền địa phương số 72/2025/QH15 (two tiers: tỉnh and thành phố
/// trực thuộc trung ương; xã, phường and đặc khu directly under them).
/// </summary>
public enum UnitType
{
    /// <summary>Tỉnh (province).</summary>
    Tinh,

    /// <summary>Thành phố trực thuộc trung ương (centrally-run city).</summary>
    ThanhPhoTrucThuocTrungUong,

    /// <summary>Huyện (rural district).</summary>
    Huyen,

    /// <summary>Quận (urban district).</summary>
    Quan,

    /// <summary>Thị xã (town).</summary>
    ThiXa,

    /// <summary>Thành phố thuộc tỉnh or thuộc thành phố trực thuộc trung ương (provincial city).</summary>
    ThanhPhoThuocTinh,

    /// <summary>Xã (rural commune).</summary>
    Xa,

    /// <summary>Phường (urban ward).</summary>
    Phuong,

    /// <summary>Thị trấn (township; none since 01/07/2025).</summary>
    ThiTran,

    /// <summary>Đặc khu (special zone, a commune-level unit since 01/07/2025, Luật 72/2025/QH15).</summary>
    DacKhu,
}
