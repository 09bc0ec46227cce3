using System.Globalization;
using System.Text;

namespace Boundaries.Cli.Output;

/// <summary>RFC 4180 CSV text: comma-separated, quoted where needed, invariant-culture numbers.</summary>
internal static class Csv
{
    /// <summary>One CSV line for the given cells (no line ending).</summary>
    public static string Line(IEnumerable<object?> cells) => string.Join(',', cells.Select(Cell));

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
        if (text.IndexOfAny([',', '"', '\n', '\r']) < 0)
        {
            return text;
        }

        return new StringBuilder("\"").Append(text.Replace("\"", "\"\"")).Append('"').ToString();
    }
}
