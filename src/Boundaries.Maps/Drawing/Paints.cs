using Boundaries.Maps.Styling;
using SkiaSharp;

namespace Boundaries.Maps.Drawing;

/// <summary>Creates the fill and stroke paints of a map (anti-aliased, round joins so thick boundaries have no spikes).</summary>
internal static class Paints
{
    /// <summary>A solid fill.</summary>
    public static SKPaint Fill(SKColor color) => new() { Color = color, Style = SKPaintStyle.Fill, IsAntialias = true };

    /// <summary>A stroke in one of the map's line styles.</summary>
    public static SKPaint Stroke(LineStyle style) => Stroke(style.Color, style.Width);

    /// <summary>A stroke of a width in points.</summary>
    public static SKPaint Stroke(SKColor color, float width) => new()
    {
        Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true,
        StrokeJoin = SKStrokeJoin.Round, StrokeCap = SKStrokeCap.Round,
    };
}
