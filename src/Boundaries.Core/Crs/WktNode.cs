using System.Globalization;

namespace Boundaries.Core.Crs;

/// <summary>One WKT element, KEYWORD[values and child elements], as read from WKT1 or WKT2 text.</summary>
/// <param name="Keyword">The keyword in upper case, e.g. "PROJCS".</param>
/// <param name="Values">Quoted strings (unquoted), numbers and bare words, in order.</param>
/// <param name="Children">Nested elements, in order.</param>
internal sealed record WktNode(string Keyword, IReadOnlyList<string> Values, IReadOnlyList<WktNode> Children)
{
    /// <summary>The first value, which is the name for most elements.</summary>
    public string Name => Values.Count > 0 ? Values[0] : "";

    /// <summary>The first child with one of the keywords, or null.</summary>
    public WktNode? Child(params string[] keywords) =>
        Children.FirstOrDefault(c => keywords.Contains(c.Keyword, StringComparer.Ordinal));

    /// <summary>Every child with the keyword.</summary>
    public IEnumerable<WktNode> ChildrenNamed(string keyword) => Children.Where(c => c.Keyword == keyword);

    /// <summary>The value at the index read as a number, or null when absent or not a number.</summary>
    public double? Number(int index) =>
        index < Values.Count && double.TryParse(Values[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
