using Boundaries.Maps.Drawing;
using Boundaries.Maps.Layout;
using Boundaries.Maps.Styling;
using SkiaSharp;

namespace Boundaries.Maps.Legend;

/// <summary>A boundary line sample (province, district, commune) with its meaning.</summary>
/// <param name="Style">The line's ink and weight, as on the map.</param>
/// <param name="Label">What it means.</param>
/// <param name="Size">Font size in points.</param>
internal sealed record LegendLine(LineStyle Style, string Label, float Size) : ILegendItem
{
    public float Height(MapFonts fonts, float width) => Size * 1.75f;

    public void Draw(SKCanvas canvas, MapFonts fonts, SKRect box)
    {
        var sample = Points.Mm(8) * (Size / 7f);
        var y = box.Top + (Size * 0.85f);
        using var stroke = Paints.Stroke(Style);
        canvas.DrawLine(box.Left, y, box.Left + sample, y, stroke);
        TextDrawer.Line(canvas, fonts, Label, box.Left + sample + (Size * 0.6f), box.Top + (Size * 1.2f), Size, FontFace.Regular, MapStyle.Ink);
    }
}
