using System.Globalization;

namespace Boundaries.Core.Evaluation;

/// <summary>Culture-independent formatting for the notes of an assessment.</summary>
internal static class Invariant
{
    /// <summary>The date as yyyy-MM-dd.</summary>
    public static string Iso(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A number with up to the given decimals and no grouping ("285.45").</summary>
    public static string Num(double value, int decimals = 2) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);

    /// <summary>Text built with invariant culture.</summary>
    public static string Text(FormattableString text) => FormattableString.Invariant(text);
}
