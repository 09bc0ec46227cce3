using Boundaries.Maps.Drawing;
using Boundaries.Maps.Layout;
using Boundaries.Maps.Styling;
using SkiaSharp;

namespace Boundaries.Maps.Legend;

/// <summary>A filled box as on the map (fill, optional hatching and outline) with its meaning and a count.</summary>
/// <param name="Fill">The fill colour.</param>
/// <param name="Label">What it means.</param>
/// <param name="Count">The number of units, or "9 → 6" before and after; null for none.</param>
/// <param name="Size">Font size in points.</param>
internal sealed record LegendSwatch(SKColor Fill, string Label, string? Count, float Size) : ILegendItem
{
    /// <summary>Hatching colour, when the map hatches such units.</summary>
    public SKColor? Hatch { get; init; }

    /// <summary>The outline, when the map outlines such units otherwise than a commune's boundary.</summary>
    public LineStyle? Outline { get; init; }

    private float BoxWidth => Points.Mm(8) * (Size / 7f);

    public float Height(MapFonts fonts, float width) => Math.Max(Size * 1.9f, Lines(fonts, width).Count * Size * 1.2f + (Size * 0.6f));

    public void Draw(SKCanvas canvas, MapFonts fonts, SKRect box)
    {
        var swatch = new SKRect(box.Left, box.Top + (Size * 0.3f), box.Left + BoxWidth, box.Top + (Size * 1.6f));
        using var fill = Paints.Fill(Fill);
        canvas.DrawRect(swatch, fill);
        if (Hatch is { } hatch)
        {
            using var path = new SKPath();
            path.AddRect(swatch);
            Hatching.Draw(canvas, path, hatch);
        }

        using var stroke = Paints.Stroke(Outline ?? MapStyle.CommuneBoundary);
        canvas.DrawRect(swatch, stroke);

        var y = box.Top + (Size * 1.25f);
        foreach (var line in Lines(fonts, box.Width))
        {
            TextDrawer.Line(canvas, fonts, line, swatch.Right + (Size * 0.6f), y, Size, FontFace.Regular, MapStyle.Ink);
            y += Size * 1.2f;
        }

        if (Count is not null)
        {
            TextDrawer.Line(canvas, fonts, Count, box.Right, box.Top + (Size * 1.25f), Size, FontFace.Bold, MapStyle.Ink, SKTextAlign.Right);
        }
    }

    private IReadOnlyList<string> Lines(MapFonts fonts, float width)
    {
        var countWidth = Count is null ? 0 : fonts.Width(Count, Size, FontFace.Bold) + (Size * 0.8f);
        return TextDrawer.Wrap(fonts, Label, Size, FontFace.Regular, width - BoxWidth - (Size * 0.6f) - countWidth);
    }
}
