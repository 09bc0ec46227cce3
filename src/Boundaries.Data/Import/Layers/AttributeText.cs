using System.Globalization;

namespace Boundaries.Data.Import.Layers;

/// <summary>Turns attribute values of any reader (strings, numbers, JSON elements, dates) into invariant text.</summary>
internal static class AttributeText
{
    /// <summary>The value as text; null for null or JSON null.</summary>
    public static string? Of(object? value) => value switch
    {
        null => null,
        string s => s,
        JsonElement e => e.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => e.GetString(),
            _ => e.GetRawText(),
        },
        double d => WholeOrDecimal(d),
        float f => WholeOrDecimal(f),
        decimal m => m == decimal.Truncate(m) ? decimal.Truncate(m).ToString(CultureInfo.InvariantCulture) : m.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    // DBF numeric fields and JSON numbers give 29239.0 for a code; a code is whole, so drop the ".0".
    private static string WholeOrDecimal(double d) =>
        Math.Abs(d) < 1e15 && d == Math.Truncate(d)
            ? ((long)d).ToString(CultureInfo.InvariantCulture)
            : d.ToString("R", CultureInfo.InvariantCulture);
}
