using System.Globalization;

namespace Boundaries.Data.Scenarios;

/// <summary>RFC 4180 CSV cells: invariant numbers, true/false, quotes only where needed.</summary>
internal static class CsvText
{
    public static void Line(TextWriter writer, params object?[] cells)
    {
        writer.Write(string.Join(',', cells.Select(Cell)));
        writer.Write('\n');
    }

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            bool b => b ? "true" : "false",
            double d => d.ToString("0.######", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
