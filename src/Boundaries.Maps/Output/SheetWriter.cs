using Boundaries.Maps.Drawing;
using Boundaries.Maps.Sheet;
using SkiaSharp;

namespace Boundaries.Maps.Output;

/// <summary>Writes a composed sheet as PNG (raster at the requested dpi), PDF (vector, fonts embedded) or SVG (vector, text as text).</summary>
internal static class SheetWriter
{
    /// <summary>Writes the sheet; returns the PNG's pixel size, or (0, 0) for vector formats.</summary>
    public static (int Width, int Height) Write(MapSheet sheet, MapFonts fonts, MapFormat format, Stream output)
    {
        var page = sheet.Layout.Page;
        switch (format)
        {
            case MapFormat.Png:
                return WritePng(sheet, fonts, output);
            case MapFormat.Pdf:
                var metadata = new SKDocumentPdfMetadata
                {
                    Title = sheet.Request.Title,
                    Subject = sheet.Request.Subtitle ?? "",
                    Creator = "Boundaries",
                    Producer = "Boundaries (SkiaSharp)",
                    RasterDpi = sheet.Request.Dpi,
                    Creation = DateTime.Now,
                    Modified = DateTime.Now,
                };
                using (var document = SKDocument.CreatePdf(output, metadata))
                {
                    var canvas = document.BeginPage(page.Width, page.Height);
                    SheetDrawer.Draw(canvas, fonts, sheet);
                    document.EndPage();
                    document.Close();
                }

                return (0, 0);
            default:
                using (var managed = new SKManagedWStream(output))
                using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, page.Width, page.Height), managed))
                {
                    SheetDrawer.Draw(canvas, fonts, sheet);
                }

                return (0, 0);
        }
    }

    private static (int Width, int Height) WritePng(MapSheet sheet, MapFonts fonts, Stream output)
    {
        var page = sheet.Layout.Page;
        var scale = sheet.Request.Dpi / 72f;
        var width = (int)Math.Round(page.Width * scale);
        var height = (int)Math.Round(page.Height * scale);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Cannot allocate a {width} × {height} image.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        SheetDrawer.Draw(canvas, fonts, sheet);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        var bytes = PngResolution.WithDpi(data.ToArray(), sheet.Request.Dpi);
        output.Write(bytes);
        return (width, height);
    }
}
