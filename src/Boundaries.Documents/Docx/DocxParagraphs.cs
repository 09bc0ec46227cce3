using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;

namespace Boundaries.Documents.Docx;

/// <summary>Builds Word paragraphs in a block format.</summary>
internal static class DocxParagraphs
{
    public static Paragraph Of(ContainerInline? inlines, BlockFormat format, string? styleId = null, bool keepNext = false)
    {
        var paragraph = new Paragraph(Properties(format, styleId, keepNext));
        paragraph.Append(DocxInlines.Runs(inlines, format.Run));
        return paragraph;
    }

    public static Paragraph Text(string text, BlockFormat format) =>
        new(Properties(format, null, false), DocxInlines.Text(text, format.Run));

    public static ParagraphProperties Properties(BlockFormat format, string? styleId, bool keepNext)
    {
        var properties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = "0",
                After = Twips(format.AfterTwips),
                Line = Twips(format.LineTwips),
                LineRule = LineSpacingRuleValues.Auto,
            },
            Justification = new Justification { Val = format.Align },
        };
        if (styleId is not null)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = styleId };
        }

        if (keepNext || format.KeepNext)
        {
            properties.KeepNext = new KeepNext();
        }

        if (format.FirstLineTwips != 0 || format.LeftTwips != 0)
        {
            properties.Indentation = new Indentation { Left = Twips(format.LeftTwips), FirstLine = Twips(format.FirstLineTwips) };
        }

        if (format.Run.SizeHalfPoints is { } size)
        {
            properties.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = Twips(size) });
        }

        return properties;
    }

    /// <summary>A short horizontal line under a name or title, centred in <paramref name="widthTwips"/>, <paramref name="share"/> of it long.</summary>
    /// <remarks>NĐ 30/2020 Phụ lục I: under the issuing body a line of 1/3 to 1/2 of its text; under the motto and the title, lines set centred.</remarks>
    /// <param name="keepNext">Keep the line with the paragraph after it (under a title, so the title never ends a page).</param>
    public static Paragraph Rule(int widthTwips, double share, bool keepNext = false)
    {
        var inset = (int)Math.Round(widthTwips * (1 - share) / 2);
        return new Paragraph(new ParagraphProperties
        {
            KeepNext = keepNext ? new KeepNext() : null,
            ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "120", Line = "80", LineRule = LineSpacingRuleValues.Exact },
            Indentation = new Indentation { Left = Twips(inset), Right = Twips(inset) },
            ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "4" }),
        });
    }

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    public static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static OpenXmlElement Empty() => new Paragraph();
}
