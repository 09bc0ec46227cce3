namespace Boundaries.Data.Import.Building;

/// <summary>Normalises unit codes as sources write them ("29239", 29239, "29239.0", "842", 1 for "01").</summary>
internal static class GsoCodes
{
    /// <summary>The number of digits of a GSO code at a level: 2 for provinces, 3 for districts, 5 for communes.</summary>
    public static int WidthOf(UnitLevel level) => level switch
    {
        UnitLevel.Province => 2,
        UnitLevel.District => 3,
        _ => 5,
    };

    /// <summary>The code, with a numeric ".0" dropped and, when the level is known, the leading zeros a number lost restored.</summary>
    public static UnitCode? Normalise(string? raw, UnitLevel? level = null)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw.Trim();
        if (text.EndsWith(".0", StringComparison.Ordinal) && text[..^2].All(char.IsAsciiDigit))
        {
            text = text[..^2];
        }

        if (level is { } l && text.All(char.IsAsciiDigit) && text.Length < WidthOf(l))
        {
            text = text.PadLeft(WidthOf(l), '0');
        }

        return new UnitCode(text);
    }

    /// <summary>Finds a code in a set, trying the zero-padded widths when the text is a shorter number.</summary>
    public static UnitCode? Find(string? raw, Func<UnitCode, bool> exists)
    {
        if (Normalise(raw) is not { } code)
        {
            return null;
        }

        if (exists(code))
        {
            return code;
        }

        foreach (var level in new[] { UnitLevel.Commune, UnitLevel.District, UnitLevel.Province })
        {
            if (Normalise(raw, level) is { } padded && padded != code && exists(padded))
            {
                return padded;
            }
        }

        return code;
    }
}
