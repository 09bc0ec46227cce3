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
        var text = TitleText.For(sheet.Request, fonts, box.Width, ts);
        TextDrawer.Line(canvas, fonts, text.Title, box.MidX, box.Top + text.TitleSize, text.TitleSize, FontFace.Bold, MapStyle.Ink, SKTextAlign.Center);
        var y = box.Top + (text.TitleSize * 1.25f) + (text.SubtitleSize * 1.3f);
        foreach (var line in text.Subtitle)
        {
            TextDrawer.Line(canvas, fonts, line, box.MidX, y, text.SubtitleSize, FontFace.Regular, MapStyle.MutedInk, SKTextAlign.Center);
            y += text.SubtitleSize * 1.3f;
        }
    }
}
