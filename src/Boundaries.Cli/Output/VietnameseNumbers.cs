using System.Globalization;

namespace Boundaries.Cli.Output;

/// <summary>Numbers as Vietnamese documents write them: '.' between thousands, ',' before decimals ("1.009.168"; "2.319,16").</summary>
internal static class VietnameseNumbers
{
    /// <summary>The vi-VN culture, for interpolated text with other formats.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A count of people or things, with thousands separators ("1.009.168").</summary>
    public static string Whole(long value) => value.ToString("N0", Culture);

    /// <summary>A measure rounded to a whole number, with thousands separators ("1.234" m).</summary>
    public static string Whole(double value) => value.ToString("N0", Culture);

    /// <summary>An area in km² or a percentage, with two decimals ("2.319,16").</summary>
    public static string TwoDecimals(double value) => value.ToString("N2", Culture);

    /// <summary>The percentages of the area and population standards, "26,66 / 273,03", or empty when either is unknown.</summary>
    public static string Percentages(double? areaPercent, double? populationPercent) =>
        areaPercent is { } area && populationPercent is { } population ? $"{TwoDecimals(area)} / {TwoDecimals(population)}" : "";
}
