using Boundaries.Maps.Drawing;
using Boundaries.Maps.Styling;
using SkiaSharp;

namespace Boundaries.Maps.Legend;

/// <summary>A bold heading of a legend section.</summary>
/// <param name="Text">The heading.</param>
/// <param name="Size">Font size in points.</param>
internal sealed record LegendHeading(string Text, float Size) : ILegendItem
{
    public float Height(MapFonts fonts, float width) => Lines(fonts, width).Count * Size * 1.25f + (Size * 0.5f);

    public void Draw(SKCanvas canvas, MapFonts fonts, SKRect box)
    {
        var y = box.Top + (Size * 0.5f) + Size;
        foreach (var line in Lines(fonts, box.Width))
        {
            TextDrawer.Line(canvas, fonts, line, box.Left, y, Size, FontFace.Bold, MapStyle.Ink);
            y += Size * 1.25f;
        }
    }

    private IReadOnlyList<string> Lines(MapFonts fonts, float width) => TextDrawer.Wrap(fonts, Text, Size, FontFace.Bold, width);
}
