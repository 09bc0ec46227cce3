using Boundaries.Maps.Drawing;
using Boundaries.Maps.Styling;
using SkiaSharp;

namespace Boundaries.Maps.Legend;

/// <summary>A short paragraph in the legend (units without a polygon, what a hatch means).</summary>
/// <param name="Text">The paragraph.</param>
/// <param name="Size">Font size in points.</param>
internal sealed record LegendNote(string Text, float Size) : ILegendItem
{
    public float Height(MapFonts fonts, float width) => Lines(fonts, width).Count * Size * 1.25f + (Size * 0.5f);

    public void Draw(SKCanvas canvas, MapFonts fonts, SKRect box)
    {
        var y = box.Top + Size;
        foreach (var line in Lines(fonts, box.Width))
        {
            TextDrawer.Line(canvas, fonts, line, box.Left, y, Size, FontFace.Oblique, MapStyle.MutedInk);
            y += Size * 1.25f;
        }
    }

    private IReadOnlyList<string> Lines(MapFonts fonts, float width) => TextDrawer.Wrap(fonts, Text, Size, FontFace.Oblique, width);
}
