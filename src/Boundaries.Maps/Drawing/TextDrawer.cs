using Boundaries.Maps.Labels;
using SkiaSharp;

namespace Boundaries.Maps.Drawing;

/// <summary>Draws text as text (so PDF and SVG keep it searchable), with an optional white halo for legibility over lines and hatching.</summary>
internal static class TextDrawer
{
    /// <summary>Draws one line of text; <paramref name="align"/> decides where <paramref name="x"/> is.</summary>
    public static void Line(SKCanvas canvas, MapFonts fonts, string text, float x, float baseline, float size, FontFace face, SKColor color, SKTextAlign align = SKTextAlign.Left, float halo = 0)
    {
        var font = fonts.Font(size, face);
        if (halo > 0)
        {
            using var outline = Paints.Stroke(Styling.MapStyle.Halo, halo);
            canvas.DrawText(text, x, baseline, align, font, outline);
        }

        using var fill = Paints.Fill(color);
        canvas.DrawText(text, x, baseline, align, font, fill);
    }

    /// <summary>Draws a label block in its box, each line centred.</summary>
    public static void Block(SKCanvas canvas, MapFonts fonts, LabelBlock block, SKRect box, SKColor color, float halo)
    {
        foreach (var (line, baseline) in block.Baselines(box))
        {
            Line(canvas, fonts, line.Text, baseline.X, baseline.Y, line.Size, line.Face, color, SKTextAlign.Center, halo);
        }
    }

    /// <summary>Splits text into lines no wider than <paramref name="width"/> points at the given size, breaking at spaces.</summary>
    public static IReadOnlyList<string> Wrap(MapFonts fonts, string text, float size, FontFace face, float width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (current.Length > 0 && fonts.Width(candidate, size, face) > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
