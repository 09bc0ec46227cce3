using Boundaries.Maps.Drawing;
using SkiaSharp;

namespace Boundaries.Maps.Legend;

/// <summary>Text in the legend, wrapped to its width and drawn line by line in one face and ink.</summary>
/// <param name="Text">The text.</param>
/// <param name="Size">Font size in points.</param>
internal abstract record LegendText(string Text, float Size) : ILegendItem
{
    /// <summary>The face the text is set in.</summary>
    protected abstract FontFace Face { get; }

    /// <summary>The colour of the text.</summary>
    protected abstract SKColor Ink { get; }

    /// <summary>Space above the first line, beyond the line itself.</summary>
    protected abstract float SpaceAbove { get; }

    public float Height(MapFonts fonts, float width) => Lines(fonts, width).Count * Size * 1.25f + (Size * 0.5f);

    public void Draw(SKCanvas canvas, MapFonts fonts, SKRect box)
    {
        var y = box.Top + SpaceAbove + Size;
        foreach (var line in Lines(fonts, box.Width))
        {
            TextDrawer.Line(canvas, fonts, line, box.Left, y, Size, Face, Ink);
            y += Size * 1.25f;
        }
    }

    private IReadOnlyList<string> Lines(MapFonts fonts, float width) => TextDrawer.Wrap(fonts, Text, Size, Face, width);
}
