using Boundaries.Maps.Legend;
using SkiaSharp;

namespace Boundaries.Maps.Drawing;

/// <summary>Flows the legend's entries top to bottom into one or more columns of a box, keeping each heading with its entries.</summary>
internal static class LegendDrawer
{
    public static void Draw(SKCanvas canvas, MapFonts fonts, IReadOnlyList<ILegendItem> items, SKRect box, int columns, float gap)
    {
        var width = (box.Width - (gap * (columns - 1))) / columns;
        var spacing = gap * 0.25f;
        var column = 0;
        var y = box.Top;
        foreach (var group in Groups(items))
        {
            var height = group.Sum(i => i.Height(fonts, width) + spacing);
            if (y + height > box.Bottom && y > box.Top && column < columns - 1)
            {
                column++;
                y = box.Top;
            }

            var left = box.Left + (column * (width + gap));
            foreach (var item in group)
            {
                var itemHeight = item.Height(fonts, width);
                item.Draw(canvas, fonts, new SKRect(left, y, left + width, y + itemHeight));
                y += itemHeight + spacing;
            }
        }
    }

    // A heading and the swatches or lines under it move to a new column together.
    private static List<List<ILegendItem>> Groups(IReadOnlyList<ILegendItem> items)
    {
        var groups = new List<List<ILegendItem>>();
        foreach (var item in items)
        {
            var joinsPrevious = item is LegendSwatch or LegendLine && groups.Count > 0 && groups[^1][0] is LegendText { IsHeading: true };
            if (joinsPrevious)
            {
                groups[^1].Add(item);
            }
            else
            {
                groups.Add([item]);
            }
        }

        return groups;
    }
}
