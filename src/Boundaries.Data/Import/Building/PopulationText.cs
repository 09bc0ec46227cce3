using System.Globalization;

namespace Boundaries.Data.Import.Building;

/// <summary>Reads a population cell as spreadsheets and GIS tools write it: "21870", "21870.0", "21 870" or "21.870" (Vietnamese thousands).</summary>
internal static class PopulationText
{
    /// <summary>The whole number of people, or null when the text is not one (letters, a fraction, a sign, more than 15 digits).</summary>
    public static long? Parse(string text)
    {
        var t = text.Trim();
        if (t.EndsWith(".0", StringComparison.Ordinal))
        {
            t = t[..^2];
        }

        // Thousands grouped by '.', ' ' or ',' as in "1.009.168": every group after the first has three digits.
        var groups = t.Split('.', ' ', ',', '\u00A0');
        if (groups.Length > 1 && (groups[0].Length is 0 or > 3 || groups.Skip(1).Any(g => g.Length != 3)))
        {
            return null;
        }

        var digits = string.Concat(groups);
        return digits.Length is > 0 and <= 15 && digits.All(char.IsAsciiDigit)
            ? long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
    }
}
