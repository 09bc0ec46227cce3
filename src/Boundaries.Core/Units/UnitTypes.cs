using System.Globalization;
using System.Text;

namespace Boundaries.Core.Units;

/// <summary>Level, Vietnamese names and parsing of <see cref="UnitType"/>.</summary>
public static class UnitTypes
{
    private static readonly (UnitType Type, string Name, string Slug)[] Names =
    [
        (UnitType.Tinh, "Tỉnh", "tinh"),
        (UnitType.ThanhPhoTrucThuocTrungUong, "Thành phố trực thuộc trung ương", "thanh-pho-truc-thuoc-tw"),
        (UnitType.Huyen, "Huyện", "huyen"),
        (UnitType.Quan, "Quận", "quan"),
        (UnitType.ThiXa, "Thị xã", "thi-xa"),
        (UnitType.ThanhPhoThuocTinh, "Thành phố", "thanh-pho"),
        (UnitType.Xa, "Xã", "xa"),
        (UnitType.Phuong, "Phường", "phuong"),
        (UnitType.ThiTran, "Thị trấn", "thi-tran"),
        (UnitType.DacKhu, "Đặc khu", "dac-khu"),
    ];

    /// <summary>The tier a unit of this type belongs to.</summary>
    public static UnitLevel LevelOf(this UnitType type) => type switch
    {
        UnitType.Tinh or UnitType.ThanhPhoTrucThuocTrungUong => UnitLevel.Province,
        UnitType.Huyen or UnitType.Quan or UnitType.ThiXa or UnitType.ThanhPhoThuocTinh => UnitLevel.District,
        _ => UnitLevel.Commune,
    };

    /// <summary>True for the urban types (thành phố, quận, thị xã, phường, thị trấn); a đặc khu is neither urban nor rural in law, and is not counted as urban.</summary>
    public static bool IsUrban(this UnitType type) =>
        type is not (UnitType.Tinh or UnitType.Huyen or UnitType.Xa or UnitType.DacKhu);

    /// <summary>The Vietnamese name of the type as GSO writes it ("Phường", "Thị trấn").</summary>
    public static string VietnameseName(this UnitType type) => Names.First(n => n.Type == type).Name;

    /// <summary>The word a unit's full name begins with: the type's name, except "Thành phố" for a thành phố trực thuộc trung ương ("Thành phố Hà Nội", "Thành phố Đồng Nai").</summary>
    public static string NamePrefix(this UnitType type) =>
        type == UnitType.ThanhPhoTrucThuocTrungUong ? "Thành phố" : type.VietnameseName();

    /// <summary>The ASCII slug used on the command line and in files ("phuong", "thi-tran").</summary>
    public static string Slug(this UnitType type) => Names.First(n => n.Type == type).Slug;

    /// <summary>Parses a Vietnamese type name or slug, with or without diacritics ("Thị trấn", "thi tran", "thi-tran", "TT" is not accepted).</summary>
    public static bool TryParse(string? text, out UnitType type)
    {
        type = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = Fold(text);
        foreach (var (t, name, slug) in Names)
        {
            if (key == Fold(name) || key == Fold(slug) || key == Fold(t.ToString()))
            {
                type = t;
                return true;
            }
        }

        // GSO writes "Thành phố" for both provincial cities and centrally-run cities; the level decides.
        if (key is "thanh pho truc thuoc tw" or "thanh pho truc thuoc trung uong" or "tp truc thuoc tw")
        {
            type = UnitType.ThanhPhoTrucThuocTrungUong;
            return true;
        }

        return false;
    }

    /// <summary>Removes diacritics, case and separators so that "Thị trấn", "THI_TRAN" and "thi-tran" compare equal.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                '-' or '_' => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
