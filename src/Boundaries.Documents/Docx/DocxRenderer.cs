using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;

namespace Boundaries.Documents.Docx;

/// <summary>Writes the Markdown of a document as a Word file laid out per Nghị định 30/2020/NĐ-CP (A4, Times New Roman, margins, header block).</summary>
public static class DocxRenderer
{
    /// <summary>The DOCX package of <paramref name="markdown"/>; <paramref name="title"/> goes into the document properties.</summary>
    /// <param name="pictures">Pictures by the address the Markdown gives them (<c>![title](ban-do:truoc)</c>), embedded where they stand.</param>
    public static byte[] Render(string markdown, string title, IReadOnlyDictionary<string, byte[]>? pictures = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var parsed = Markdown.Parse(markdown, MarkdownSyntax.Pipeline);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = title;
            package.PackageProperties.Language = "vi-VN";
            var main = package.AddMainDocumentPart();
            DocxStyles.Add(main);
            var body = new Body();
            uint pictureId = 1;
            foreach (var block in parsed)
            {
                if (Picture(block, pictures) is { } picture)
                {
                    body.Append(DocxPicture.Of(main, picture.Png, picture.Title, pictureId++));
                }
                else
                {
                    body.Append(DocxBlocks.Of([block], BlockFormat.Body));
                }
            }

            if (body.LastChild is DocumentFormat.OpenXml.Wordprocessing.Table)
            {
                body.Append(new Paragraph());
            }

            body.Append(DocxPage.Section(main));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The picture of a paragraph that is one image with a known address, else null.</summary>
    private static (byte[] Png, string Title)? Picture(Markdig.Syntax.Block block, IReadOnlyDictionary<string, byte[]>? pictures) =>
        pictures is not null
        && block is Markdig.Syntax.ParagraphBlock { Inline: { } inline }
        && inline.FirstChild is Markdig.Syntax.Inlines.LinkInline { IsImage: true } image
        && image.NextSibling is null
        && image.Url is { } url
        && pictures.TryGetValue(url, out var png)
            ? (png, image.FirstChild?.ToString() ?? "")
            : null;

    /// <summary>The elements of a body, for tests that look inside.</summary>
    internal static IEnumerable<OpenXmlElement> BodyOf(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var package = WordprocessingDocument.Open(stream, false);
        return package.MainDocumentPart!.Document!.Body!.Elements().Select(e => e.CloneNode(true)).ToList();
    }
}
