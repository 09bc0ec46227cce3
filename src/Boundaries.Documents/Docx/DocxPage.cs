using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Boundaries.Documents.Docx;

/// <summary>The page of an administrative document (Nghị định 30/2020/NĐ-CP Phụ lục I): A4 portrait, its margins, and the page number.</summary>
internal static class DocxPage
{
    /// <summary>Twentieths of a point per millimetre.</summary>
    public const double TwipsPerMm = 1440 / 25.4;

    // A4: 210 × 297 mm.
    public const int WidthTwips = 11906;
    public const int HeightTwips = 16838;

    // NĐ 30/2020 Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
    public static readonly int TopTwips = Mm(20);
    public static readonly int BottomTwips = Mm(20);
    public static readonly int LeftTwips = Mm(30);
    public static readonly int RightTwips = Mm(15);

    /// <summary>The width between the margins.</summary>
    public static int TextWidthTwips => WidthTwips - LeftTwips - RightTwips;

    public static int Mm(double mm) => (int)Math.Round(mm * TwipsPerMm);

    /// <summary>The section properties: A4, margins, the page number in the top margin from page 2 on.</summary>
    /// <remarks>NĐ 30/2020 Phụ lục I: page numbers are centred in the top margin, in Arabic numerals, and the first page is not numbered.</remarks>
    public static SectionProperties Section(MainDocumentPart main)
    {
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(new Paragraph(
            new ParagraphProperties { Justification = new Justification { Val = JustificationValues.Center } },
            new SimpleField(new Run(new Text("2"))) { Instruction = " PAGE " }));
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph());

        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
            new PageSize { Width = (uint)WidthTwips, Height = (uint)HeightTwips, Orient = PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = TopTwips,
                Bottom = BottomTwips,
                Left = (uint)LeftTwips,
                Right = (uint)RightTwips,
                Header = (uint)Mm(10),
                Footer = (uint)Mm(10),
                Gutter = 0,
            },
            new TitlePage());
    }
}
