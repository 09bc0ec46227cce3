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

    // What each character of the Basic Multilingual Plane folds to, worked out the first time it is met.
    private static readonly string?[] FoldedChars = new string?[char.MaxValue + 1];

    // Every spelling TryParse accepts, folded once: the name, the slug and the enum's name of each type.
    private static readonly Dictionary<string, UnitType> Keys = BuildKeys();

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

    /// <summary>Every type's slug as the command line takes it, comma-separated.</summary>
    public static string SlugList => string.Join(", ", Names.Select(n => n.Slug));

    /// <summary>Parses a Vietnamese type name or slug, with or without diacritics ("Thị trấn", "thi tran", "thi-tran", "TT" is not accepted).</summary>
    public static bool TryParse(string? text, out UnitType type)
    {
        type = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = Fold(text);
        if (Keys.TryGetValue(key, out type))
        {
            return true;
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
    /// <remarks>Character by character: the canonical decomposition of a string is that of its characters, reordered only
    /// among combining marks, which are dropped here. A surrogate pair falls back to normalising the whole string.</remarks>
    public static string Fold(string text)
    {
        var trimmed = text.AsSpan().Trim();
        var sb = new StringBuilder(trimmed.Length);
        var pendingSpace = false;
        foreach (var c in trimmed)
        {
            if (char.IsSurrogate(c))
            {
                return FoldWhole(text);
            }

            foreach (var f in FoldedChars[c] ??= FoldChar(c))
            {
                if (f == ' ')
                {
                    pendingSpace = sb.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    sb.Append(' ');
                    pendingSpace = false;
                }

                sb.Append(f);
            }
        }

        return sb.ToString();
    }

    private static string FoldChar(char c) => c < 0x80 ? Folded(c).ToString() : FoldDecomposed(c.ToString().Normalize(NormalizationForm.FormD));

    private static string FoldWhole(string text)
    {
        var folded = FoldDecomposed(text.Trim().Normalize(NormalizationForm.FormD));
        return string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string FoldDecomposed(string decomposed)
    {
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(Folded(c));
            }
        }

        return sb.ToString();
    }

    private static char Folded(char c) => c switch
    {
        'đ' or 'Đ' => 'd',
        '-' or '_' => ' ',
        _ => char.ToLowerInvariant(c),
    };

    private static Dictionary<string, UnitType> BuildKeys()
    {
        var keys = new Dictionary<string, UnitType>(StringComparer.Ordinal);
        foreach (var (t, name, slug) in Names)
        {
            keys.TryAdd(Fold(name), t);
            keys.TryAdd(Fold(slug), t);
            keys.TryAdd(Fold(t.ToString()), t);
        }

        return keys;
    }
}
