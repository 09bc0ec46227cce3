using Boundaries.Maps.Drawing;
using SkiaSharp;

namespace Boundaries.Maps.Legend;

/// <summary>One entry of the legend column: it knows its height at a width and draws itself in a box.</summary>
internal interface ILegendItem
{
    /// <summary>The height in points the entry needs at <paramref name="width"/> points.</summary>
    float Height(MapFonts fonts, float width);

    /// <summary>Draws the entry in <paramref name="box"/>.</summary>
    void Draw(SKCanvas canvas, MapFonts fonts, SKRect box);
}
