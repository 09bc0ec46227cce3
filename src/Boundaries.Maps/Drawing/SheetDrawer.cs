using Boundaries.Maps.Labels;
using Boundaries.Maps.Sheet;
using Boundaries.Maps.Styling;
using SkiaSharp;

namespace Boundaries.Maps.Drawing;

/// <summary>Draws a composed sheet on any canvas whose unit is the point: title, panels with headings, legend, foot lines.</summary>
internal static class SheetDrawer
{
    public static void Draw(SKCanvas canvas, MapFonts fonts, MapSheet sheet)
    {
        var layout = sheet.Layout;
        var ts = sheet.TypeScale;
        using (var paper = Paints.Fill(SKColors.White))
        {
            canvas.DrawRect(new SKRect(0, 0, layout.Page.Width, layout.Page.Height), paper);
        }

        DrawTitle(canvas, fonts, sheet, layout.Title, ts);
        foreach (var panel in sheet.Panels)
        {
            if (panel.Scene.Panel.Heading is { } heading && panel.Frame.Heading.Height > 0)
            {
                var band = panel.Frame.Heading;
                TextDrawer.Line(canvas, fonts, LabelTexts.Nfc(heading), band.MidX, band.Bottom - (3.2f * ts), 9.5f * ts, FontFace.Bold, MapStyle.Ink, SKTextAlign.Center);
            }

            PanelDrawer.Draw(canvas, fonts, panel, ts);
        }

        LegendDrawer.Draw(canvas, fonts, sheet.Legend, layout.Legend, layout.LegendColumns, 8 * ts);

        var y = layout.Footer.Top + sheet.FooterSize;
        foreach (var line in sheet.Footer)
        {
            TextDrawer.Line(canvas, fonts, line, layout.Footer.Left, y, sheet.FooterSize, FontFace.Regular, MapStyle.MutedInk);
            y += sheet.FooterSize * 1.3f;
        }
    }

    private static void DrawTitle(SKCanvas canvas, MapFonts fonts, MapSheet sheet, SKRect box, float ts)
    {
        var titleSize = 15f * ts;
        var title = LabelTexts.Nfc(sheet.Request.Title);
        while (titleSize > 9 && fonts.Width(title, titleSize, FontFace.Bold) > box.Width)
        {
            titleSize -= 0.5f;
        }

        TextDrawer.Line(canvas, fonts, title, box.MidX, box.Top + titleSize, titleSize, FontFace.Bold, MapStyle.Ink, SKTextAlign.Center);
        if (sheet.Request.Subtitle is { Length: > 0 } subtitle)
        {
            var size = 8.5f * ts;
            var lines = TextDrawer.Wrap(fonts, LabelTexts.Nfc(subtitle), size, FontFace.Regular, box.Width);
            var y = box.Top + titleSize + (size * 1.6f);
            foreach (var line in lines.Take(2))
            {
                TextDrawer.Line(canvas, fonts, line, box.MidX, y, size, FontFace.Regular, MapStyle.MutedInk, SKTextAlign.Center);
                y += size * 1.25f;
            }
        }
    }
}
