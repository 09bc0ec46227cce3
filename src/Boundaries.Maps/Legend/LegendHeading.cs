using Boundaries.Maps.Drawing;
using Boundaries.Maps.Styling;
using SkiaSharp;

namespace Boundaries.Maps.Legend;

/// <summary>A bold heading of a legend section.</summary>
/// <param name="Text">The heading.</param>
/// <param name="Size">Font size in points.</param>
internal sealed record LegendHeading(string Text, float Size) : LegendText(Text, Size)
{
    protected override FontFace Face => FontFace.Bold;

    protected override SKColor Ink => MapStyle.Ink;

    protected override float SpaceAbove => Size * 0.5f;
}
