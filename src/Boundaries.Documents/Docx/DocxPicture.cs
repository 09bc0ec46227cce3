using System.Buffers.Binary;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Boundaries.Documents.Docx;

/// <summary>A PNG picture (a map of the annex) as a centred paragraph of its own, scaled to the text width of the page.</summary>
internal static class DocxPicture
{
    private const long EmuPerMm = 36_000;
    private const long MaxWidthEmu = 165 * EmuPerMm;   // A4 less the 30 mm and 15 mm margins (NĐ 30/2020 Phụ lục I)
    private const long MaxHeightEmu = 195 * EmuPerMm;  // leaves room on the page for the annex heading above it

    public static Paragraph Of(MainDocumentPart main, byte[] png, string title, uint id)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            part.FeedData(stream);
        }

        var (width, height) = Size(png);
        var cx = MaxWidthEmu;
        var cy = width == 0 ? MaxHeightEmu : cx * height / width;
        if (cy > MaxHeightEmu)
        {
            cx = cx * MaxHeightEmu / cy;
            cy = MaxHeightEmu;
        }

        var relationship = main.GetIdOfPart(part);
        var picture = new Pic.Picture(
            new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = $"ban-do-{id}.png", Description = title }, new Pic.NonVisualPictureDrawingProperties()),
            new Pic.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
            new Pic.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new Dw.Inline(
            new Dw.Extent { Cx = cx, Cy = cy },
            new Dw.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Dw.DocProperties { Id = id, Name = $"Bản đồ {id}", Description = title },
            new Dw.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Paragraph(
            new ParagraphProperties(new KeepLines(), new SpacingBetweenLines { After = "120" }, new Justification { Val = JustificationValues.Center }),
            new Run(new Drawing(inline)));
    }

    /// <summary>The pixel size from the PNG header (IHDR), or 0×0 when it is not a PNG.</summary>
    private static (long Width, long Height) Size(byte[] png) =>
        png.Length >= 24 ? (BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4))) : (0, 0);
}
