using Boundaries.Maps.Drawing;
using Boundaries.Maps.Output;
using Boundaries.Maps.Sheet;

namespace Boundaries.Maps;

/// <summary>Draws administrative maps for printing and the web: one sheet as PNG, PDF or SVG.</summary>
/// <remarks>
/// The map is drawn in a projected CRS (the province's VN-2000 TM-3 grid, else VN-2000 / UTM) at a round scale,
/// with boundaries simplified for display only (a coverage simplifier, so neighbours still share their edges).
/// Fonts are DejaVu Sans read from files; see <see cref="MapRequest.FontDirectory"/>.
/// </remarks>
public static class MapRenderer
{
    /// <summary>Draws the sheet described by <paramref name="request"/> to <paramref name="output"/>.</summary>
    /// <exception cref="MapFontException">The fonts are missing or lack Vietnamese letters.</exception>
    /// <exception cref="ArgumentException">The request has no or more than two panels, a district not in the map, or nothing to draw.</exception>
    public static MapRenderReport Render(MapRequest request, MapFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        using var fonts = MapFonts.Load(request.FontDirectory);
        var sheet = SheetComposer.Compose(request, fonts);
        var (width, height) = SheetWriter.Write(sheet, fonts, format, output);
        var labels = sheet.Panels
            .SelectMany((p, i) => p.Labels.Select(l => new MapLabel(
                i, l.Key, l.Block.Text, l.Kind != Labels.LabelKind.Commune, l.Leader is not null, l.Box.Left, l.Box.Top, l.Box.Right, l.Box.Bottom)))
            .ToList();
        var unlabelled = sheet.Panels.SelectMany((p, i) => p.Unlabelled.Select(k => $"{i}:{k}")).ToList();
        return new MapRenderReport(
            format, sheet.Layout.Page.Width, sheet.Layout.Page.Height, width, height, sheet.ScaleDenominator,
            sheet.Crs.Epsg, sheet.Crs.Name, sheet.ToleranceMeters, labels, unlabelled);
    }
}
