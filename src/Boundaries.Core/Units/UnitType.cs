namespace Boundaries.Core.Units;

/// <summary>The kinds of administrative unit named in the Law on Local Government (Luật Tổ chức chính quyền địa phương 2015, Điều 2).</summary>
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

    /// <summary>Thị trấn (township).</summary>
    ThiTran,
}
