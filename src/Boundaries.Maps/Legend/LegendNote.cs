using Boundaries.Maps.Drawing;
using Boundaries.Maps.Styling;
using SkiaSharp;

namespace Boundaries.Maps.Legend;

/// <summary>A short paragraph in the legend (units without a polygon, what a hatch means).</summary>
/// <param name="Text">The paragraph.</param>
/// <param name="Size">Font size in points.</param>
internal sealed record LegendNote(string Text, float Size) : LegendText(Text, Size)
{
    protected override FontFace Face => FontFace.Oblique;

    protected override SKColor Ink => MapStyle.MutedInk;

    protected override float SpaceAbove => 0;
}
