using System.Globalization;

namespace Boundaries.Data;

/// <summary>RFC 4180 CSV cells: invariant numbers, true/false, quotes only where needed, and no text a spreadsheet would run as a formula.</summary>
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
    /// <remarks>
    /// Text that Excel or LibreOffice would take for a formula (starting with = + - @, a tab or a carriage return, as a
    /// unit's name may from a hostile or mistyped source) is written after an apostrophe, as OWASP's "CSV Injection"
    /// advises; text that is a number ("-3.5") is left as it is.
    /// </remarks>
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
        if (value is string && IsFormula(text))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static bool IsFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
