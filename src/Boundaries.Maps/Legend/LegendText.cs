using Boundaries.Maps.Drawing;
using Boundaries.Maps.Styling;
using SkiaSharp;

namespace Boundaries.Maps.Legend;

/// <summary>Text in the legend, wrapped to its width: a bold heading of a section, or a short paragraph (units without a polygon, what a hatch means).</summary>
/// <param name="Text">The heading or the paragraph.</param>
/// <param name="Size">Font size in points.</param>
/// <param name="IsHeading">True for a heading (bold, in ink, with space above), false for a note (oblique, muted).</param>
internal sealed record LegendText(string Text, float Size, bool IsHeading) : ILegendItem
{
    private FontFace Face => IsHeading ? FontFace.Bold : FontFace.Oblique;

    /// <summary>A bold heading of a legend section.</summary>
    public static LegendText Heading(string text, float size) => new(text, size, true);

    /// <summary>A short paragraph in the legend.</summary>
    public static LegendText Note(string text, float size) => new(text, size, false);

    public float Height(MapFonts fonts, float width) => Lines(fonts, width).Count * Size * 1.25f + (Size * 0.5f);

    public void Draw(SKCanvas canvas, MapFonts fonts, SKRect box)
    {
        var y = IsHeading ? box.Top + (Size * 0.5f) + Size : box.Top + Size;
        foreach (var line in Lines(fonts, box.Width))
        {
            TextDrawer.Line(canvas, fonts, line, box.Left, y, Size, Face, IsHeading ? MapStyle.Ink : MapStyle.MutedInk);
            y += Size * 1.25f;
        }
    }

    private IReadOnlyList<string> Lines(MapFonts fonts, float width) => TextDrawer.Wrap(fonts, Text, Size, Face, width);
}
