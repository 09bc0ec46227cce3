using System.Globalization;

namespace Boundaries.Cli;

/// <summary>Dates on the command line: YYYY-MM-DD only, so that 05/06 is never ambiguous.</summary>
internal static class Dates
{
    /// <summary>The date in <paramref name="text"/>, else <paramref name="fallback"/>, else today.</summary>
    public static DateOnly Parse(string? text, DateOnly? fallback = null)
    {
        if (text is null)
        {
            return fallback ?? DateOnly.FromDateTime(DateTime.Today);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--as-of {text}: not a date in the form YYYY-MM-DD");
    }
}
