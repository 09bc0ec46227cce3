namespace Boundaries.Data.Import.Building;

/// <summary>Splits a unit's full name into type and name ("Xã Long Đức" → Xã, "Long Đức"), as GSO lists write them.</summary>
internal static class UnitNames
{
    // Longest first, so that "Thành phố" is not read as something shorter; folded as UnitTypes.Fold does.
    private static readonly (string Prefix, UnitType Type)[] Prefixes =
    [
        ("thanh pho", UnitType.ThanhPhoThuocTinh),
        ("thi tran", UnitType.ThiTran),
        ("dac khu", UnitType.DacKhu),
        ("thi xa", UnitType.ThiXa),
        ("phuong", UnitType.Phuong),
        ("huyen", UnitType.Huyen),
        ("quan", UnitType.Quan),
        ("tinh", UnitType.Tinh),
        ("xa", UnitType.Xa),
    ];

    /// <summary>The type from a type field, else from the prefix of the full name; false when neither names one.</summary>
    /// <param name="rawType">The type as the source writes it ("Thị trấn", "thi-tran"), or null.</param>
    /// <param name="fullName">The name with its prefix, or null.</param>
    /// <param name="codeWidth">Digits of the code: a 2-digit "Thành phố" is a centrally-run city.</param>
    /// <param name="type">The type found.</param>
    public static bool TypeOf(string? rawType, string? fullName, int codeWidth, out UnitType type)
    {
        if (UnitTypes.TryParse(rawType, out type))
        {
            // GSO writes "Thành phố" for both tiers; a 2-digit code is a centrally-run city.
            if (type == UnitType.ThanhPhoThuocTinh && codeWidth == 2)
            {
                type = UnitType.ThanhPhoTrucThuocTrungUong;
            }

            return true;
        }

        if (fullName is not null && TypeFromPrefix(fullName, codeWidth) is { } fromName)
        {
            type = fromName;
            return true;
        }

        return false;
    }

    /// <summary>The type that a full name begins with, or null ("Phường 3" → Phường; "Long Đức" → null).</summary>
    /// <param name="fullName">The name with its prefix.</param>
    /// <param name="codeWidth">Digits of the code when known: a 2-digit "Thành phố" is a centrally-run city.</param>
    public static UnitType? TypeFromPrefix(string fullName, int? codeWidth = null)
    {
        var folded = UnitTypes.Fold(fullName);
        foreach (var (prefix, type) in Prefixes)
        {
            if (folded.StartsWith(prefix + " ", StringComparison.Ordinal))
            {
                return type == UnitType.ThanhPhoThuocTinh && codeWidth == 2 ? UnitType.ThanhPhoTrucThuocTrungUong : type;
            }
        }

        return null;
    }

    /// <summary>The name without its type prefix, except where the rest is a number ("Phường 3" stays, "Xã Long Đức" → "Long Đức").</summary>
    public static string WithoutType(string fullName, UnitType type)
    {
        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var prefix = type == UnitType.ThanhPhoTrucThuocTrungUong ? "thanh pho" : UnitTypes.Fold(type.VietnameseName());
        var prefixWords = prefix.Split(' ').Length;
        if (words.Length <= prefixWords || UnitTypes.Fold(string.Join(' ', words[..prefixWords])) != prefix)
        {
            return string.Join(' ', words);
        }

        var rest = words[prefixWords..];
        return char.IsDigit(rest[0][0]) ? string.Join(' ', words) : string.Join(' ', rest);
    }
}
