using System.Net;
using Markdig;
using Markdig.Syntax;

namespace Boundaries.Documents.Html;

/// <summary>Writes the Markdown of a document as one self-contained HTML page that prints like the Word file (A4, Times New Roman).</summary>
public static class HtmlRenderer
{
    /// <summary>The HTML page of <paramref name="markdown"/> with <paramref name="title"/> as its title.</summary>
    /// <param name="pictures">Pictures by the address the Markdown gives them (<c>![title](ban-do:truoc)</c>), written into the page as data.</param>
    public static string Render(string markdown, string title, IReadOnlyDictionary<string, byte[]>? pictures = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var parsed = Markdown.Parse(markdown, MarkdownSyntax.Pipeline);
        foreach (var image in parsed.Descendants<Markdig.Syntax.Inlines.LinkInline>().Where(l => l.IsImage && l.Url is not null))
        {
            if (pictures is not null && pictures.TryGetValue(image.Url!, out var png))
            {
                image.Url = "data:image/png;base64," + Convert.ToBase64String(png);
            }
        }

        var body = parsed.ToHtml(MarkdownSyntax.Pipeline);
        return $"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <title>{WebUtility.HtmlEncode(title)}</title>
            <style>
            {Css}
            </style>
            </head>
            <body>
            {body}</body>
            </html>

            """;
    }

    // NĐ 30/2020/NĐ-CP Phụ lục I, as far as a page can: A4, margins 20/15/20/30 mm, Times New Roman 14 pt, 6 pt between paragraphs.
    private const string Css = """
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
        body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 14pt; line-height: 1.15; max-width: 165mm; margin: 1em auto; color: #000; }
        p { margin: 0 0 6pt 0; text-align: justify; text-indent: 1.27cm; }
        h1 { font-size: 14pt; text-align: center; margin: 6pt 0; }
        h2, h3, h4 { font-size: 14pt; margin: 6pt 0; text-indent: 1.27cm; }
        h4 { font-style: italic; }
        ul, ol { margin: 0 0 6pt 0; padding-left: 1.27cm; }
        table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 12pt; }
        th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: middle; }
        td p, th p { text-indent: 0; margin: 0; }
        .header table, .signature table { border: none; font-size: 13pt; }
        .header th, .header td, .signature th, .signature td { border: none; text-align: center; vertical-align: top; font-weight: normal; }
        .header th:first-child { width: 40%; }
        .header th { padding-bottom: 6pt; }
        .header th::after { content: ""; display: block; width: 40%; margin: 2pt auto 0; border-bottom: 1px solid #000; }
        .signature td:first-child, .signature th:first-child { text-align: left; font-size: 11pt; width: 50%; }
        .signature th:last-child, .signature td:last-child { font-size: 14pt; }
        .title p, .center p { text-align: center; text-indent: 0; }
        .title p { font-weight: bold; margin: 0; }
        .title::after { content: ""; display: block; width: 22%; margin: 4pt auto 12pt; border-bottom: 1px solid #000; }
        .right p { text-align: right; text-indent: 0; }
        img { display: block; max-width: 100%; margin: 6pt auto; }
        hr { border: 0; border-top: 1px dashed #999; margin: 2em 0; page-break-after: always; break-after: page; }
        @media print { hr { border: 0; } body { margin: 0; max-width: none; } }
        """;
}
