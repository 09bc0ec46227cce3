using Boundaries.Maps.Styling;
using SkiaSharp;

namespace Boundaries.Maps.Drawing;

/// <summary>Draws diagonal hatching inside a path as real lines, so that PDF and SVG keep it as vectors.</summary>
internal static class Hatching
{
    /// <summary>Hatches <paramref name="path"/> with lines at 45° in <paramref name="color"/>, of the weight and spacing of <see cref="MapStyle.Hatching"/>.</summary>
    public static void Draw(SKCanvas canvas, SKPath path, SKColor color)
    {
        var (width, spacing) = MapStyle.Hatching;
        var bounds = path.Bounds;
        if (bounds.IsEmpty)
        {
            return;
        }

        canvas.Save();
        canvas.ClipPath(path, SKClipOperation.Intersect, antialias: true);
        using var paint = Paints.Stroke(color, width);
        paint.StrokeCap = SKStrokeCap.Butt;
        using var lines = new SKPath();

        // Lines x - y = c for c across the box; anchored to page multiples of the spacing so neighbouring hatches line up.
        var start = MathF.Floor((bounds.Left - bounds.Bottom) / spacing) * spacing;
        for (var c = start; c <= bounds.Right - bounds.Top; c += spacing)
        {
            lines.MoveTo(bounds.Left, bounds.Left - c);
            lines.LineTo(bounds.Right, bounds.Right - c);
        }

        canvas.DrawPath(lines, paint);
        canvas.Restore();
    }
}
