using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Boundaries.Documents.Docx;

/// <summary>Turns Markdown pipe tables into Word tables: data tables with borders, and the borderless header and signature blocks.</summary>
internal static class DocxTables
{
    private const int DataSize = 24;

    /// <summary>"Nơi nhận:" 12 pt (NĐ 30/2020 Phụ lục I); the list under it 11 pt.</summary>
    private const int LabelSize = 24;

    public static WTable Of(MdTable table, TableKind kind)
    {
        var columns = Math.Max(1, table.ColumnDefinitions.Count(c => c is not null));
        var rows = table.OfType<MdTableRow>().ToList();
        columns = Math.Max(columns, rows.Count == 0 ? 1 : rows.Max(r => r.Count));
        var widths = Widths(kind, rows, columns);

        var result = new WTable(Properties(kind), new TableGrid(widths.Select(w => new GridColumn { Width = DocxParagraphs.Twips(w) })));
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new WTableRow();
            var rowProperties = new TableRowProperties(new CantSplit());
            if (kind == TableKind.Data && rows[r].IsHeader)
            {
                rowProperties.Append(new TableHeader());
            }

            row.Append(rowProperties);
            for (var c = 0; c < columns; c++)
            {
                var cell = c < rows[r].Count ? (MdTableCell)rows[r][c] : null;
                var align = c < table.ColumnDefinitions.Count ? table.ColumnDefinitions[c]?.Alignment : null;
                row.Append(Cell(cell, kind, widths[c], align, rows[r].IsHeader, r, c));
            }

            result.Append(row);
        }

        return result;
    }

    private static WTableCell Cell(MdTableCell? cell, TableKind kind, int width, TableColumnAlign? align, bool header, int rowIndex, int columnIndex)
    {
        var format = Format(kind, align, header, columnIndex);
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = DocxParagraphs.Twips(width), Type = TableWidthUnitValues.Dxa },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = kind == TableKind.Data ? TableVerticalAlignmentValues.Center : TableVerticalAlignmentValues.Top },
        };
        var result = new WTableCell(properties);
        var paragraphs = cell?.OfType<ParagraphBlock>().Select(p => DocxParagraphs.Of(p.Inline, format)).ToList() ?? [];
        if (paragraphs.Count == 0)
        {
            paragraphs.Add(DocxParagraphs.Text("", format));
        }

        if (kind == TableKind.Signature && columnIndex == 0)
        {
            LabelLine(paragraphs[0], LabelSize);
        }

        result.Append(paragraphs);
        if (kind == TableKind.Header && rowIndex == 0)
        {
            // Under the issuing body a line of about 1/3 of the column; under the motto one about its own length.
            result.Append(DocxParagraphs.Rule(width, columnIndex == 0 ? 0.35 : 0.62));
        }

        return result;
    }

    /// <summary>Sets the size of the runs of the paragraph's first line (up to the first line break): the label of a block.</summary>
    private static void LabelLine(DocumentFormat.OpenXml.Wordprocessing.Paragraph paragraph, int sizeHalfPoints)
    {
        var size = sizeHalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var run in paragraph.Elements<Run>())
        {
            if (run.GetFirstChild<Break>() is not null)
            {
                break;
            }

            var properties = run.RunProperties ??= new RunProperties();
            properties.FontSize = new FontSize { Val = size };
            properties.FontSizeComplexScript = new FontSizeComplexScript { Val = size };
        }
    }

    private static BlockFormat Format(TableKind kind, TableColumnAlign? align, bool header, int column) => kind switch
    {
        TableKind.Header => BlockFormat.Cell.Centred,
        // Nơi nhận: the label 12 pt, the list 11 pt, left; the signature 14 pt, centred.
        TableKind.Signature when column == 0 => BlockFormat.Cell with { Run = new RunFormat(SizeHalfPoints: 22) },
        TableKind.Signature => BlockFormat.Cell.Centred with { Run = new RunFormat(SizeHalfPoints: 28) },
        _ => BlockFormat.Cell with
        {
            Align = header || align == TableColumnAlign.Center ? JustificationValues.Center
                : align == TableColumnAlign.Right ? JustificationValues.Right
                : JustificationValues.Left,
            Run = new RunFormat(Bold: header, SizeHalfPoints: DataSize),
        },
    };

    private static TableProperties Properties(TableKind kind)
    {
        var properties = new TableProperties
        {
            TableWidth = new TableWidth { Width = DocxParagraphs.Twips(DocxPage.TextWidthTwips), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableCellMarginDefault = new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = kind == TableKind.Data ? (short)80 : (short)0, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = kind == TableKind.Data ? (short)80 : (short)0, Type = TableWidthValues.Dxa }),
        };
        properties.TableBorders = kind == TableKind.Data
            ? new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" })
            : new TableBorders(
                new TopBorder { Val = BorderValues.Nil },
                new LeftBorder { Val = BorderValues.Nil },
                new BottomBorder { Val = BorderValues.Nil },
                new RightBorder { Val = BorderValues.Nil },
                new InsideHorizontalBorder { Val = BorderValues.Nil },
                new InsideVerticalBorder { Val = BorderValues.Nil });
        return properties;
    }

    /// <summary>Column widths in twips that fill the text width: fixed shares for the header and signature, else by the longest text of each column.</summary>
    private static int[] Widths(TableKind kind, IReadOnlyList<MdTableRow> rows, int columns)
    {
        double[] weights = kind switch
        {
            TableKind.Header when columns == 2 => [0.40, 0.60],
            TableKind.Signature when columns == 2 => [0.42, 0.58],
            _ => Enumerable.Range(0, columns).Select(c => rows.Max(r => c < r.Count ? Weight((MdTableCell)r[c]) : 1.0)).ToArray(),
        };
        var total = weights.Sum();
        var widths = weights.Select(w => (int)Math.Floor(DocxPage.TextWidthTwips * w / total)).ToArray();
        widths[^1] += DocxPage.TextWidthTwips - widths.Sum();
        return widths;
    }

    /// <summary>How wide a column wants to be for a cell: never narrower than its longest word, and wider for longer text, up to a cap.</summary>
    private static double Weight(MdTableCell cell)
    {
        var text = string.Join(" ", cell.OfType<ParagraphBlock>()
            .SelectMany(p => p.Inline?.Descendants<Markdig.Syntax.Inlines.LiteralInline>() ?? [])
            .Select(l => l.Content.ToString()));
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var longestWord = words.Length == 0 ? 0 : words.Max(w => w.Length);
        return Math.Max(longestWord + 3, Math.Min(text.Length, 30) * 0.6);
    }
}
