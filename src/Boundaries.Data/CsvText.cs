using System.Globalization;

namespace Boundaries.Data;

/// <summary>RFC 4180 CSV cells: invariant numbers, true/false, quotes only where needed.</summary>
public static class CsvText
{
    /// <summary>Writes one CSV line (with '\n') for the cells.</summary>
    public static void Line(TextWriter writer, params object?[] cells)
    {
        writer.Write(string.Join(',', cells.Select(Cell)));
        writer.Write('\n');
    }

    /// <summary>One CSV line without line ending.</summary>
    public static string Line(params object?[] cells) => string.Join(',', cells.Select(Cell));

    /// <summary>A cell: null is empty, numbers use '.', booleans are true/false, text is quoted when it holds , " or a line break.</summary>
    public static string Cell(object? value)
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
