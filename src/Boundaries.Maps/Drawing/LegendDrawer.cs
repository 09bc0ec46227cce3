using Boundaries.Maps.Legend;
using SkiaSharp;

namespace Boundaries.Maps.Drawing;

/// <summary>Flows the legend's entries top to bottom into one or more columns of a box.</summary>
internal static class LegendDrawer
{
    public static void Draw(SKCanvas canvas, MapFonts fonts, IReadOnlyList<ILegendItem> items, SKRect box, int columns, float gap)
    {
        var width = (box.Width - (gap * (columns - 1))) / columns;
        var column = 0;
        var y = box.Top;
        foreach (var item in items)
        {
            var height = item.Height(fonts, width);
            if (y + height > box.Bottom && y > box.Top && column < columns - 1)
            {
                column++;
                y = box.Top;
            }

            var left = box.Left + (column * (width + gap));
            item.Draw(canvas, fonts, new SKRect(left, y, left + width, y + height));
            y += height + (gap * 0.25f);
        }
    }
}
