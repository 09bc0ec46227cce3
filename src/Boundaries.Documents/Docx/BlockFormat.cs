using DocumentFormat.OpenXml.Wordprocessing;

namespace Boundaries.Documents.Docx;

/// <summary>The paragraph formatting in force while a block is written.</summary>
/// <param name="Align">Alignment.</param>
/// <param name="FirstLineTwips">First-line indent (NĐ 30/2020: 1 cm or 1.27 cm for body text).</param>
/// <param name="LeftTwips">Left indent.</param>
/// <param name="AfterTwips">Space after (NĐ 30/2020: at least 6 pt between paragraphs).</param>
/// <param name="LineTwips">Line spacing in 240ths of a line (NĐ 30/2020: from single to 1.5 lines).</param>
/// <param name="Run">The character formatting.</param>
internal sealed record BlockFormat(JustificationValues Align, int FirstLineTwips, int LeftTwips, int AfterTwips, int LineTwips, RunFormat Run)
{
    /// <summary>Keep each paragraph with the next (titles and headings: none ends a page alone).</summary>
    public bool KeepNext { get; init; }

    /// <summary>Body text: justified, first line indented 1.27 cm, 6 pt after, 1.15 lines, 14 pt.</summary>
    public static BlockFormat Body { get; } = new(JustificationValues.Both, 720, 0, 120, 276, new RunFormat());

    /// <summary>Text in a table cell: no indent, no space after, single spacing, 13 pt.</summary>
    public static BlockFormat Cell { get; } = new(JustificationValues.Left, 0, 0, 0, 240, new RunFormat(SizeHalfPoints: 26));

    /// <summary>The same format, centred and without indent.</summary>
    public BlockFormat Centred => this with { Align = JustificationValues.Center, FirstLineTwips = 0, LeftTwips = 0 };
}
