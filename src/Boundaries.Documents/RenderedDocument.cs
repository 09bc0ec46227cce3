using Boundaries.Documents.Docx;
using Boundaries.Documents.Html;

namespace Boundaries.Documents;

/// <summary>One document of a dossier as its template wrote it, ready to be written as Markdown, DOCX or HTML.</summary>
/// <param name="Name">The document's name, from its template ("de-an").</param>
/// <param name="Markdown">The Markdown.</param>
public sealed record RenderedDocument(string Name, string Markdown)
{
    /// <summary>The title: the first heading or title line of the Markdown, else the name.</summary>
    public string Title =>
        Markdown.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? Name;

    /// <summary>The pictures the Markdown embeds, by address ("ban-do:truoc"): the maps of the annex.</summary>
    public IReadOnlyDictionary<string, byte[]> Pictures { get; init; } = new Dictionary<string, byte[]>();

    /// <summary>The Word file.</summary>
    public byte[] ToDocx() => DocxRenderer.Render(Markdown, Title, Pictures);

    /// <summary>The HTML page.</summary>
    public string ToHtml() => HtmlRenderer.Render(Markdown, Title, Pictures);
}
