using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;

namespace Boundaries.Documents.Docx;

/// <summary>Turns Markdown inlines into Word runs: **bold**, *italic*, line breaks (also &lt;br&gt; in table cells), text.</summary>
internal static class DocxInlines
{
    public static IEnumerable<OpenXmlElement> Runs(ContainerInline? inlines, RunFormat format)
    {
        if (inlines is null)
        {
            yield break;
        }

        foreach (var inline in inlines)
        {
            foreach (var run in Runs(inline, format))
            {
                yield return run;
            }
        }
    }

    /// <summary>A run of text in the given format.</summary>
    public static Run Text(string text, RunFormat format) =>
        new(Properties(format), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static RunProperties Properties(RunFormat format)
    {
        var properties = new RunProperties();
        if (format.Bold)
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }

        if (format.Italic)
        {
            properties.Italic = new Italic();
            properties.ItalicComplexScript = new ItalicComplexScript();
        }

        if (format.SizeHalfPoints is { } size)
        {
            var val = size.ToString(CultureInfo.InvariantCulture);
            properties.FontSize = new FontSize { Val = val };
            properties.FontSizeComplexScript = new FontSizeComplexScript { Val = val };
        }

        return properties;
    }

    private static IEnumerable<OpenXmlElement> Runs(Inline inline, RunFormat format)
    {
        switch (inline)
        {
            case LiteralInline literal:
                yield return Text(literal.Content.ToString(), format);
                break;
            case EmphasisInline emphasis:
                var inner = emphasis.DelimiterCount >= 2 ? format with { Bold = true } : format with { Italic = true };
                foreach (var run in Runs(emphasis, inner))
                {
                    yield return run;
                }

                break;
            case LineBreakInline { IsHard: true }:
                yield return new Run(Properties(format), new Break());
                break;
            case LineBreakInline:
                yield return Text(" ", format);
                break;
            case HtmlInline html when html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase):
                yield return new Run(Properties(format), new Break());
                break;
            case HtmlInline:
                break;
            case CodeInline code:
                yield return Text(code.Content, format);
                break;
            case HtmlEntityInline entity:
                yield return Text(entity.Transcoded.ToString(), format);
                break;
            case ContainerInline container:
                foreach (var run in Runs(container, format))
                {
                    yield return run;
                }

                break;
        }
    }
}
