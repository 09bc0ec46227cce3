using SkiaSharp;

namespace Boundaries.Maps.Layout;

/// <summary>Where the title, the map panels, the legend and the foot lines go on the sheet, in points.</summary>
/// <remarks>
/// Landscape: the legend is a column at the right of the panels. Portrait: a band under them, in columns.
/// Two panels share the map area side by side with equal frames, so one scale fits both.
/// </remarks>
internal sealed record PageLayout(bool Landscape, SKSize Page, SKRect Title, IReadOnlyList<PanelFrame> Panels, SKRect Legend, int LegendColumns, SKRect Footer)
{
    private const double MarginMm = 10;
    private const double GapMm = 4;
    private const double HeadingMm = 7;

    /// <summary>The layout of a sheet for the request, with the heights in points of the title band and of the source lines.</summary>
    public static PageLayout For(MapRequest request, bool landscape, float titleHeight, float footerHeight)
    {
        var (shortMm, longMm) = request.Paper == PaperSize.A3 ? (297.0, 420.0) : (210.0, 297.0);
        var page = landscape
            ? new SKSize(Points.Mm(longMm), Points.Mm(shortMm))
            : new SKSize(Points.Mm(shortMm), Points.Mm(longMm));
        var margin = Points.Mm(MarginMm);
        var gap = Points.Mm(GapMm);
        var inner = new SKRect(margin, margin, page.Width - margin, page.Height - margin);
        var title = new SKRect(inner.Left, inner.Top, inner.Right, inner.Top + titleHeight);
        var footer = new SKRect(inner.Left, inner.Bottom - footerHeight, inner.Right, inner.Bottom);
        var body = new SKRect(inner.Left, title.Bottom, inner.Right, footer.Top - gap);

        SKRect maps, legend;
        int columns;
        if (landscape)
        {
            var legendWidth = Points.Mm(request.Paper == PaperSize.A3 ? 78 : 62);
            maps = new SKRect(body.Left, body.Top, body.Right - legendWidth - gap, body.Bottom);
            legend = new SKRect(maps.Right + gap, body.Top, body.Right, body.Bottom);
            columns = 1;
        }
        else
        {
            var legendHeight = Points.Mm(request.Paper == PaperSize.A3 ? 80 : 62);
            maps = new SKRect(body.Left, body.Top, body.Right, body.Bottom - legendHeight - gap);
            legend = new SKRect(body.Left, maps.Bottom + gap, body.Right, body.Bottom);
            columns = 3;
        }

        var count = Math.Max(1, request.Panels.Count);
        var width = (maps.Width - (gap * (count - 1))) / count;
        var frames = new List<PanelFrame>(count);
        for (var i = 0; i < count; i++)
        {
            var left = maps.Left + (i * (width + gap));
            // Every panel keeps a heading band when any has a heading, so the map frames stay the same size.
            var headingHeight = request.Panels.Any(p => p.Heading is not null) ? Points.Mm(HeadingMm) : 0;
            var heading = new SKRect(left, maps.Top, left + width, maps.Top + headingHeight);
            frames.Add(new PanelFrame(heading, new SKRect(left, heading.Bottom, left + width, maps.Bottom)));
        }

        return new PageLayout(landscape, page, title, frames, legend, columns, footer);
    }
}
