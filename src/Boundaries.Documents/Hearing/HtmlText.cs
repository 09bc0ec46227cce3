using System.Text;

namespace Boundaries.Documents.Hearing;

/// <summary>Escapes text for HTML content and attribute values, keeping Vietnamese letters as they are (readable in the file).</summary>
internal static class HtmlText
{
    /// <summary>The text with &amp;, &lt;, &gt;, " and ' escaped (HTML Living Standard §13.1.2.6: these alone can end text or an attribute).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return html.ToString();
    }
}
