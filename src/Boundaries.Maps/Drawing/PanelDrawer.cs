using Boundaries.Maps.Labels;
using Boundaries.Maps.Sheet;
using Boundaries.Maps.Styling;
using SkiaSharp;

namespace Boundaries.Maps.Drawing;

/// <summary>Draws one panel: fills, hatching, boundaries from the lightest to the heaviest, the changed units' outline, then labels on top.</summary>
internal static class PanelDrawer
{
    public static void Draw(SKCanvas canvas, MapFonts fonts, PanelPlan plan, float typeScale)
    {
        var frame = plan.Frame.Map;
        var scene = plan.Scene;
        canvas.Save();
        canvas.ClipRect(frame, SKClipOperation.Intersect, antialias: true);

        var paths = scene.Features.ToDictionary(f => f.Key, f => SkiaPaths.Of(f.Geometry, plan.View));
        foreach (var feature in scene.Features)
        {
            var path = paths[feature.Key];
            var color = !feature.InFocus ? MapStyle.ContextFill
                : plan.Fills.TryGetValue(feature.Key, out var fill) ? fill.Color
                : MapStyle.NoOwnBoundaryFill;
            using var paint = Paints.Fill(color);
            canvas.DrawPath(path, paint);
            if (feature.InFocus && feature.Unassigned is not null)
            {
                Hatching.Draw(canvas, path, MapStyle.NoOwnBoundaryHatch);
            }

            if (feature.InFocus && feature.Changed)
            {
                Hatching.Draw(canvas, path, MapStyle.Changed.WithAlpha(150));
            }
        }

        using (var context = Paints.Stroke(MapStyle.ContextBoundary))
        using (var commune = Paints.Stroke(MapStyle.CommuneBoundary))
        {
            foreach (var feature in scene.Features)
            {
                canvas.DrawPath(paths[feature.Key], feature.InFocus ? commune : context);
            }
        }

        var focusDistrict = plan.Scene.Features.Where(f => f.InFocus).Select(f => f.DistrictCode).ToHashSet();
        using (var contextDistrict = Paints.Stroke(MapStyle.ContextBoundary.Color, MapStyle.DistrictBoundary.Width * 0.7f))
        using (var district = Paints.Stroke(MapStyle.DistrictBoundary))
        {
            foreach (var (code, outline) in scene.Districts.OrderBy(d => focusDistrict.Contains(d.Key)))
            {
                using var path = SkiaPaths.Of(outline, plan.View);
                canvas.DrawPath(path, focusDistrict.Contains(code) ? district : contextDistrict);
            }
        }

        if (scene.ProvinceOutline is { } province)
        {
            using var path = SkiaPaths.Of(province, plan.View);
            using var paint = Paints.Stroke(MapStyle.ProvinceBoundary);
            canvas.DrawPath(path, paint);
        }

        using (var changed = Paints.Stroke(MapStyle.ChangedOutline))
        {
            foreach (var feature in scene.Features.Where(f => f.Changed && f.InFocus))
            {
                canvas.DrawPath(paths[feature.Key], changed);
            }
        }

        foreach (var path in paths.Values)
        {
            path.Dispose();
        }

        DrawLabels(canvas, fonts, plan.Labels, typeScale);
        canvas.Restore();

        using var neat = Paints.Stroke(MapStyle.FrameLine, 0.8f);
        canvas.DrawRect(frame, neat);
    }

    private static void DrawLabels(SKCanvas canvas, MapFonts fonts, IReadOnlyList<PlacedLabel> labels, float typeScale)
    {
        using var leader = Paints.Stroke(MapStyle.Ink, 0.45f * typeScale);
        using var dot = Paints.Fill(MapStyle.Ink);
        foreach (var label in labels.Where(l => l.Leader is not null))
        {
            var anchor = label.Leader!.Value;
            canvas.DrawLine(anchor, LabelPlacer.Nearest(label.Box, anchor), leader);
            canvas.DrawCircle(anchor, 1.1f * typeScale, dot);
        }

        foreach (var label in labels)
        {
            var (color, halo) = label.Kind switch
            {
                LabelKind.District => (MapStyle.DistrictBoundary.Color, 2.2f),
                LabelKind.Context => (MapStyle.ContextInk, 1.6f),
                _ => (MapStyle.Ink, 1.5f),
            };
            TextDrawer.Block(canvas, fonts, label.Block, label.Box, color, halo * typeScale);
        }
    }
}
