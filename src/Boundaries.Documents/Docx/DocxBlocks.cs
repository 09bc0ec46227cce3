using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using MdTable = Markdig.Extensions.Tables.Table;

namespace Boundaries.Documents.Docx;

/// <summary>Turns Markdown blocks into Word paragraphs and tables, with the layout of an administrative document.</summary>
/// <remarks>
/// Headings: # centred (document title), ## to #### bold at the paragraph indent; paragraphs justified with a first-line
/// indent; lists as "- item" paragraphs; *** a page break; containers ::: header, ::: title, ::: center, ::: right and
/// ::: signature as described in templates/README.md.
/// </remarks>
internal static class DocxBlocks
{
    public static IEnumerable<OpenXmlElement> Of(IEnumerable<Block> blocks, BlockFormat format)
    {
        foreach (var block in blocks)
        {
            foreach (var element in Of(block, format))
            {
                yield return element;
            }
        }
    }

    private static IEnumerable<OpenXmlElement> Of(Block block, BlockFormat format)
    {
        switch (block)
        {
            case HeadingBlock heading:
                yield return Heading(heading, format);
                break;
            case ParagraphBlock paragraph:
                yield return DocxParagraphs.Of(paragraph.Inline, format);
                break;
            case ListBlock list:
                foreach (var element in List(list, format))
                {
                    yield return element;
                }

                break;
            case ThematicBreakBlock:
                yield return DocxParagraphs.PageBreak();
                break;
            case MdTable table:
                yield return DocxTables.Of(table, TableKind.Data);
                yield return DocxParagraphs.Text("", format with { AfterTwips = 0, LineTwips = 120 });
                break;
            case CustomContainer container:
                foreach (var element in Container(container, format))
                {
                    yield return element;
                }

                break;
            case QuoteBlock quote:
                foreach (var element in Of((IEnumerable<Block>)quote, format with { Run = format.Run with { Italic = true } }))
                {
                    yield return element;
                }

                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                foreach (var line in leaf.Lines.Lines.Take(leaf.Lines.Count))
                {
                    yield return DocxParagraphs.Text(line.ToString(), format);
                }

                break;
            case ContainerBlock other:
                foreach (var element in Of((IEnumerable<Block>)other, format))
                {
                    yield return element;
                }

                break;
        }
    }

    private static Paragraph Heading(HeadingBlock heading, BlockFormat format)
    {
        var style = $"Heading{Math.Min(heading.Level, 4)}";
        var run = format.Run with { Bold = true, Italic = heading.Level >= 4 };
        var headingFormat = heading.Level == 1
            ? format.Centred with { Run = run, AfterTwips = 120 }
            : format with { Run = run, AfterTwips = 120, Align = JustificationValues.Both };
        return DocxParagraphs.Of(heading.Inline, headingFormat, style, keepNext: true);
    }

    private static IEnumerable<OpenXmlElement> List(ListBlock list, BlockFormat format)
    {
        var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? $"{number++}{list.OrderedDelimiter} " : "- ";
            var first = true;
            foreach (var child in item)
            {
                if (first && child is ParagraphBlock paragraph)
                {
                    var p = DocxParagraphs.Of(paragraph.Inline, format);
                    p.InsertAfter(DocxInlines.Text(marker, format.Run), p.ParagraphProperties);
                    yield return p;
                }
                else
                {
                    foreach (var element in Of(child, format with { LeftTwips = format.LeftTwips + 360 }))
                    {
                        yield return element;
                    }
                }

                first = false;
            }
        }
    }

    private static IEnumerable<OpenXmlElement> Container(CustomContainer container, BlockFormat format)
    {
        var kind = container.Info?.Trim().ToLowerInvariant();
        if (kind is "header" or "signature" && container.OfType<MdTable>().FirstOrDefault() is { } table)
        {
            yield return DocxTables.Of(table, kind == "header" ? TableKind.Header : TableKind.Signature);
            yield return DocxParagraphs.Text("", format with { AfterTwips = kind == "header" ? 240 : 0 });
            yield break;
        }

        var inner = kind switch
        {
            "title" => format.Centred with { Run = format.Run with { Bold = true }, AfterTwips = 0, KeepNext = true },
            "center" => format.Centred,
            "right" => format with { Align = JustificationValues.Right, FirstLineTwips = 0 },
            _ => format,
        };
        foreach (var element in Of((IEnumerable<Block>)container, inner))
        {
            yield return element;
        }

        if (kind == "title")
        {
            yield return DocxParagraphs.Rule(DocxPage.TextWidthTwips, 0.22, keepNext: true);
        }
    }
}
