using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Boundaries.Documents.Docx;

/// <summary>The styles part: Times New Roman 14 pt in Vietnamese for everything, and heading styles with outline levels.</summary>
/// <remarks>NĐ 30/2020/NĐ-CP Phụ lục I: Times New Roman (Unicode, TCVN 6909:2001), body text 13–14 pt.</remarks>
internal static class DocxStyles
{
    public const string Font = "Times New Roman";

    /// <summary>Body text size in half-points (14 pt).</summary>
    public const int BodySize = 28;

    public static void Add(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle
                {
                    RunFonts = new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    FontSize = new FontSize { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    FontSizeComplexScript = new FontSizeComplexScript { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    Languages = new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" },
                }),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
                {
                    SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                })),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading(1),
            Heading(2),
            Heading(3),
            Heading(4));
    }

    private static Style Heading(int level) =>
        new(
            new StyleName { Val = $"heading {level}" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = level - 1 }),
            new StyleRunProperties(new Bold()))
        {
            Type = StyleValues.Paragraph,
            StyleId = $"Heading{level}",
        };
}
