using System.Globalization;

namespace Boundaries.Core.Formatting;

/// <summary>Numbers, percentages and dates written the Vietnamese way: 1.664 người; 9,072 tỷ đồng; 26,73 %; ngày 13 tháng 6 năm 2023.</summary>
/// <remarks>The separators are fixed here rather than taken from the vi-VN culture, so output does not depend on the ICU data of the machine.
/// The one place the vi-VN culture is created, for text that formats inside interpolations and for upper-casing.</remarks>
public static class VietnameseFormat
{
    /// <summary>The vi-VN culture, for interpolated text ("{x:N2}") and for upper-casing Vietnamese names.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Written where a figure is unknown.</summary>
    public const string Unknown = "—";

    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>A number with <paramref name="decimals"/> decimals, "." between thousands and "," before decimals (1.664; 9,072).</summary>
    public static string Number(double value, int decimals) => value.ToString("N" + decimals, Numbers);

    /// <summary>A count of people or units: 18.644.</summary>
    public static string Count(long value) => value.ToString("N0", Numbers);

    /// <summary>A natural area in km² with two decimals (1,47), or "—" when unknown.</summary>
    public static string Km2(double? value) => value is { } v ? Number(v, 2) : Unknown;

    /// <summary>A population (18.644), or "—" when unknown.</summary>
    public static string People(long? value) => value is { } v ? Count(v) : Unknown;

    /// <summary>A percentage with two decimals and a no-break space before the sign (26,73 %), or "—" when unknown.</summary>
    /// <remarks>The no-break space keeps the sign on the line of its number in narrow table columns.</remarks>
    public static string Percent(double? value) => value is { } v ? Number(v, 2) + "\u00A0%" : Unknown;

    /// <summary>The percentages of the area and population standards, "26,66 / 273,03", or empty when either is unknown.</summary>
    public static string Percentages(double? areaPercent, double? populationPercent) =>
        areaPercent is { } area && populationPercent is { } population ? $"{Number(area, 2)} / {Number(population, 2)}" : "";

    /// <summary>A count as resolutions write it, with two digits (08 đơn vị; 104 đơn vị).</summary>
    public static string TwoDigits(long value) => value.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The date of a document: "ngày 13 tháng 6 năm 2023".</summary>
    /// <remarks>Nghị định 30/2020/NĐ-CP Phụ lục I: days below 10 and the months 1 and 2 are written with a leading 0 ("ngày 05 tháng 02 năm 2024").</remarks>
    public static string Date(DateOnly date)
    {
        var day = date.Day < 10 ? $"0{date.Day}" : date.Day.ToString(CultureInfo.InvariantCulture);
        var month = date.Month <= 2 ? $"0{date.Month}" : date.Month.ToString(CultureInfo.InvariantCulture);
        return $"ngày {day} tháng {month} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>A date in a citation: 14/11/2024.</summary>
    public static string ShortDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Items joined as Vietnamese prose: "A", "A và B", "A, B và C".</summary>
    public static string JoinAnd(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => "",
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " và " + items[^1],
        };
    }
}
