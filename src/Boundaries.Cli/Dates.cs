namespace Boundaries.Cli;

/// <summary>Dates on the command line: YYYY-MM-DD only, so that 05/06 is never ambiguous.</summary>
internal static class Dates
{
    /// <summary>The date in <paramref name="text"/>, else <paramref name="fallback"/>, else today; a bad date is a usage error naming <paramref name="option"/>.</summary>
    public static DateOnly Parse(string? text, DateOnly? fallback = null, string option = "--as-of")
    {
        if (text is null)
        {
            return fallback ?? DateOnly.FromDateTime(DateTime.Today);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"{option} {text}: not a date in the form YYYY-MM-DD");
    }
}
