using Boundaries.Maps.Drawing;
using SkiaSharp;

namespace Boundaries.Maps.Labels;

/// <summary>A label's lines, measured: centred on each other, stacked top to bottom.</summary>
internal sealed class LabelBlock
{
    private const float LineSpacing = 1.12f;

    public LabelBlock(IReadOnlyList<LabelLine> lines, MapFonts fonts)
    {
        Lines = lines;
        Widths = lines.Select(l => fonts.Width(l.Text, l.Size, l.Face)).ToList();
        Width = Widths.Max();
        Height = lines.Sum(l => l.Size * LineSpacing);
    }

    /// <summary>The lines, top first.</summary>
    public IReadOnlyList<LabelLine> Lines { get; }

    /// <summary>The advance width of each line in points.</summary>
    public IReadOnlyList<float> Widths { get; }

    /// <summary>The width of the widest line in points.</summary>
    public float Width { get; }

    /// <summary>The height of all lines in points.</summary>
    public float Height { get; }

    /// <summary>The text of all lines, joined by a space.</summary>
    public string Text => string.Join(" ", Lines.Select(l => l.Text));

    /// <summary>The rectangle of the block centred on a point.</summary>
    public SKRect CentredAt(SKPoint centre) =>
        new(centre.X - (Width / 2), centre.Y - (Height / 2), centre.X + (Width / 2), centre.Y + (Height / 2));

    /// <summary>The baseline of each line for a block occupying <paramref name="box"/>.</summary>
    public IEnumerable<(LabelLine Line, SKPoint Baseline)> Baselines(SKRect box)
    {
        var top = box.Top;
        foreach (var line in Lines)
        {
            var height = line.Size * LineSpacing;

            // DejaVu's cap height and descent put the visual middle of a line about 0.36 em above the baseline.
            var baseline = top + (height / 2) + (line.Size * 0.36f);
            yield return (line, new SKPoint(box.MidX, baseline));
            top += height;
        }
    }
}
