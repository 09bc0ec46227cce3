using System.Text.RegularExpressions;

namespace Boundaries.Documents.Hearing;

/// <summary>Turns an SVG document into an element of an HTML page: no XML declaration, no namespace addresses, scalable by its view box.</summary>
internal static partial class InlineSvg
{
    /// <summary>The <c>svg</c> element, labelled for screen readers, that fills the width of its box; its ids start with <paramref name="idPrefix"/>.</summary>
    /// <remarks>Two maps on one page each have their own clip paths ("cl_3"): the prefix keeps one map from clipping with the other's.</remarks>
    /// <exception cref="ArgumentException">The text has no <c>svg</c> element with a width and a height.</exception>
    public static string From(string svg, string label, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var open = OpeningTag().Match(svg);
        if (!open.Success)
        {
            throw new ArgumentException("The map is not an SVG document with a width and a height.", nameof(svg));
        }

        // HTML puts an inline svg element in the SVG namespace by itself (HTML Living Standard §13.2.6.5), so the page names no address.
        var width = open.Groups["w"].Value;
        var height = open.Groups["h"].Value;
        var tag = $"<svg viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{HtmlText.Escape(label)}\" preserveAspectRatio=\"xMidYMid meet\">";
        var body = Ids().Replace(svg[(open.Index + open.Length)..].Trim(), m => m.Groups["attr"].Success
            ? $"id=\"{idPrefix}{m.Groups["attr"].Value}\""
            : $"url(#{idPrefix}{m.Groups["ref"].Value})");
        return tag + body;
    }

    [GeneratedRegex("""\bid="(?<attr>[^"]+)"|url\(#(?<ref>[^)]+)\)""", RegexOptions.CultureInvariant)]
    private static partial Regex Ids();

    [GeneratedRegex("""^(?:<\?xml[^>]*\?>\s*)?<svg\b[^>]*?\bwidth="(?<w>[\d.]+)"[^>]*?\bheight="(?<h>[\d.]+)"[^>]*>""", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningTag();
}
