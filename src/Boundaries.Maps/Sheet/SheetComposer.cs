using Boundaries.Core.Units;
using Boundaries.Maps.Drawing;
using Boundaries.Maps.Layout;
using Boundaries.Maps.Legend;
using Boundaries.Maps.Projection;
using Boundaries.Maps.Scene;
using Boundaries.Maps.Styling;
using NetTopologySuite.Geometries;

namespace Boundaries.Maps.Sheet;

/// <summary>Computes a sheet: layout, projection, one scale for all panels, simplification, fills, labels and legend.</summary>
internal static class SheetComposer
{
    // Display simplification: boundaries may move by at most this much on paper, below what a printer resolves.
    private const double ToleranceOnPaperMm = 0.1;
    private const double ExtentPadding = 0.03;

    public static MapSheet Compose(MapRequest request, MapFonts fonts)
    {
        Validate(request);
        var typeScale = request.Paper == PaperSize.A3 ? 1.25f : 1f;
        var footerSize = 5.8f * typeScale;
        var crs = DisplayCrs.For(request.Panels[0].Map);
        var scenes = request.Panels.Select(p => PanelScene.Project(p, crs, MapFocus.Of(request))).ToList();
        var extent = new Envelope();
        foreach (var scene in scenes)
        {
            extent.ExpandToInclude(scene.FocusExtent);
        }

        if (extent.IsNull)
        {
            throw new ArgumentException("Nothing to draw: no unit in the area asked for has a polygon.", nameof(request));
        }

        extent.ExpandBy(Math.Max(extent.Width, extent.Height) * ExtentPadding);
        var (layout, footer, scale) = new[] { true, false }
            .Where(landscape => request.Orientation == Orientation.Auto
                ? landscape || request.Panels.Count == 1
                : landscape == (request.Orientation == Orientation.Landscape))
            .Select(landscape => Fit(request, landscape, fonts, footerSize, extent))
            .MinBy(f => f.Scale);
        var tolerance = ToleranceOnPaperMm / 1000 * scale;
        foreach (var scene in scenes)
        {
            scene.Simplify(tolerance);
        }

        var focusCommunes = scenes.Select(s => (IReadOnlyList<AdminUnit>)FocusCommunes(s.Panel.Map, MapFocus.Of(request))).ToList();
        var scheme = FillScheme.For(request, focusCommunes);
        var panels = new List<PanelPlan>();
        var numbers = new NumberedUnits();
        for (var i = 0; i < scenes.Count; i++)
        {
            var scene = scenes[i];
            var view = new MapView(layout.Panels[i].Map, extent.Centre, scale);
            var fills = scene.Features.Where(f => f.InFocus && f.Unit is not null)
                .ToDictionary(f => f.Key, f => scheme.ClassOf(scene.Panel, f.Unit!));
            var (labels, unlabelled) = PanelLabels.Place(scene, view, request, fonts, typeScale, numbers);
            panels.Add(new PanelPlan(scene, layout.Panels[i], view, fills, labels, unlabelled));
        }

        var legend = LegendModel.Build(request, scheme, scenes, focusCommunes, numbers, crs, scale, extent.Centre, typeScale);
        return new MapSheet(request, layout, crs, scale, tolerance, panels, legend, footer, footerSize, typeScale);
    }

    private static (PageLayout Layout, IReadOnlyList<string> Footer, int Scale) Fit(
        MapRequest request, bool landscape, MapFonts fonts, float footerSize, Envelope extent)
    {
        var innerWidth = PageLayout.For(request, landscape, 0, 0).Footer.Width;
        var footer = FooterText.Wrapped(request, fonts, footerSize, innerWidth);
        var title = TitleText.For(request, fonts, innerWidth, footerSize / 5.8f);
        var layout = PageLayout.For(request, landscape, title.Height, footer.Count * footerSize * 1.3f);
        var frame = layout.Panels[0].Map;
        return (layout, footer, MapScale.Fit(extent.Width, extent.Height, frame.Width, frame.Height));
    }

    /// <summary>The communes of the area mapped, in the map's order; with or without a polygon, except for a rectangle (which only a polygon can show in).</summary>
    public static List<AdminUnit> FocusCommunes(AdminMap map, MapFocus focus) =>
        map.Communes.Where(c => focus.Includes(c.Code, c.ParentCode, c.Geometry)).ToList();

    private static void Validate(MapRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Panels.Count is < 1 or > 2)
        {
            throw new ArgumentException($"A sheet has one or two panels, not {request.Panels.Count}.", nameof(request));
        }

        if (request.Dpi is < 36 or > 1200)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Dpi, "The resolution must be between 36 and 1200 dpi.");
        }

        if (request.District is { } code)
        {
            foreach (var panel in request.Panels)
            {
                if (panel.Map.Find(code) is not { Level: UnitLevel.District })
                {
                    throw new ArgumentException($"{code} is not a district of the map.", nameof(request));
                }
            }
        }
    }
}
