using Scriban;

namespace Boundaries.Documents.Templates;

/// <summary>
/// The template context of the documents: every value a template prints has its "&lt;" and "&gt;" written as entities, so a unit named
/// "&lt;b&gt;Ấp&lt;/b&gt;" shows as text in the HTML and DOCX, never as markup. The line break "&lt;br&gt;" that templates write inside
/// table cells is kept.
/// </summary>
internal sealed class MarkdownContext : TemplateContext
{
    private const string LineBreak = "<br>";
    private const string Placeholder = "\u0001br\u0001";

    public override string ObjectToString(object? value, bool nested = false)
    {
        var text = base.ObjectToString(value, nested);
        return nested || text is null || (!text.Contains('<') && !text.Contains('>')) ? text! : Escape(text);
    }

    /// <summary>"&lt;" and "&gt;" as entities, except in "&lt;br&gt;".</summary>
    public static string Escape(string text) =>
        text.Replace(LineBreak, Placeholder, StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace(Placeholder, LineBreak, StringComparison.Ordinal);
}
