using System.Globalization;
using Boundaries.Core.Units;
using Boundaries.Maps.Drawing;
using Boundaries.Maps.Labels;
using Boundaries.Maps.Layout;
using Boundaries.Maps.Scene;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using SkiaSharp;

namespace Boundaries.Maps.Sheet;

/// <summary>Builds the label jobs of a panel (communes in focus, then district names) and places them.</summary>
internal static class PanelLabels
{
    /// <summary>Places the panel's labels; units that find no room for their name get a number, recorded in <paramref name="numbers"/> for the legend.</summary>
    public static (IReadOnlyList<PlacedLabel> Labels, IReadOnlyList<string> Unlabelled) Place(
        PanelScene scene, MapView view, MapRequest request, MapFonts fonts, float typeScale, NumberedUnits numbers)
    {
        var panel = scene.Panel;
        var assessments = panel.Evaluation?.Assessments.ToDictionary(a => a.Code);
        var focus = scene.Features.Where(f => f.InFocus).Select(f => (Feature: f, Page: SkiaPaths.ToPage(f.Geometry, view))).ToList();
        var baseSize = BaseSize(focus.Select(f => f.Page), typeScale);

        var jobs = new List<LabelJob>();
        foreach (var (feature, page) in focus)
        {
            var forms = new List<LabelBlock>();
            foreach (var step in LabelTexts.SizeSteps)
            {
                var size = Math.Max(LabelTexts.MinimumSize, baseSize * step);
                forms.AddRange(Wordings(feature, panel.Map, assessments, request.Labels, size).Select(l => new LabelBlock(l, fonts)));
            }

            var calloutSize = Math.Max(LabelTexts.MinimumSize, baseSize * 0.9f);
            var callouts = Wordings(feature, panel.Map, assessments, request.Labels, calloutSize)
                .Where(l => l.Count == 1 || request.Labels == LabelContent.NameAndFigures)
                .Select(l => new LabelBlock(l, fonts)).ToList();
            var status = feature.Unit is { } u && assessments?.GetValueOrDefault(u.Code) is { MustArrange: true } ? 500 : 0;
            var urgency = (feature.Changed ? 1000 : 0) + status + (100 / (1 + Math.Sqrt(page.Area)));
            jobs.Add(new LabelJob(feature.Key, page, forms, callouts, LabelKind.Commune, urgency));
        }

        // District names first, where they read best, but off the heart of small communes; commune names have more places to go.
        var placer = new LabelPlacer(view.Frame);
        foreach (var job in jobs)
        {
            var heart = InteriorPoints.Of(job.Polygon, 1, 1).FirstOrDefault();
            if (heart.Point is not null && heart.Clearance < 8 * typeScale)
            {
                var r = (float)heart.Clearance + 2;
                placer.Reserve(new SKRect((float)heart.Point.X - r, (float)heart.Point.Y - r, (float)heart.Point.X + r, (float)heart.Point.Y + r));
            }
        }

        var districts = DistrictJobs(scene, view, request.District, fonts, baseSize);
        var crowded = placer.PlaceAll(districts, minimumInsideShare: 0.9).ToHashSet();
        placer.PlaceAll(districts.Where(d => crowded.Contains(d.Key)).ToList(), minimumInsideShare: 0.9, honourReservations: false);
        var unnamed = placer.PlaceAll(jobs).ToHashSet();

        // Units too small for a name get a number; the numbers are given in the order they are placed so the legend has no gaps.
        var placeholder = new LabelBlock([new LabelLine("88", baseSize, FontFace.Bold)], fonts);
        var numberJobs = jobs.Where(j => unnamed.Contains(j.Key)).Select(j => j with { Forms = [placeholder], CalloutForms = [placeholder] }).ToList();
        var unlabelled = placer.PlaceAll(numberJobs, lastResort: true);
        var numbered = numberJobs.Select(j => j.Key).ToHashSet();
        foreach (var label in placer.Placed.Where(l => numbered.Contains(l.Key)).ToList())
        {
            var feature = focus.First(f => f.Feature.Key == label.Key).Feature;
            var number = numbers.NumberOf(label.Key, feature.Unit?.FullName ?? feature.Key);
            placer.Relabel(label, new LabelBlock([new LabelLine(number.ToString(CultureInfo.InvariantCulture), baseSize, FontFace.Bold)], fonts));
        }

        return (placer.Placed, unlabelled);
    }

    private static IEnumerable<IReadOnlyList<LabelLine>> Wordings(
        SceneFeature feature, AdminMap map, IReadOnlyDictionary<UnitCode, Core.Evaluation.Assessment>? assessments, LabelContent content, float size)
    {
        if (feature.Unit is { } unit)
        {
            var area = assessments?.GetValueOrDefault(unit.Code)?.Area.Km2 ?? unit.GeodesicAreaKm2;
            return LabelTexts.Commune(unit, area, content, size);
        }

        // A polygon of the sources that no unit owns is labelled with the units it covers.
        var covered = feature.Unassigned!.CoversCodes.Select(c => map.Find(c)?.FullName ?? c.Value).ToList();
        var joined = LabelTexts.Nfc(string.Join(", ", covered));
        return
        [
            [new LabelLine(joined, size, FontFace.Oblique)],
            covered.Select(c => new LabelLine(LabelTexts.Nfc(c), size, FontFace.Oblique)).ToList(),
        ];
    }

    private static List<LabelJob> DistrictJobs(PanelScene scene, MapView view, UnitCode? focus, MapFonts fonts, float baseSize)
    {
        var frame = view.Frame;
        var jobs = new List<LabelJob>();
        var size = Math.Clamp(baseSize * 1.2f, 6.5f, 12f);
        foreach (var (code, outline) in scene.Districts)
        {
            if (scene.Panel.Map.Find(code) is not { } district)
            {
                continue;
            }

            var page = SkiaPaths.ToPage(outline, view);
            // Robust overlay: a district outline rounded to page floats may touch itself (a plan's merged units do), which the classic overlay refuses.
            var visible = DisplayPolygons.Polygonal(OverlayNGRobust.Overlay(page, page.Factory.ToGeometry(new Envelope(frame.Left, frame.Right, frame.Top, frame.Bottom)), SpatialFunction.Intersection));
            if (visible.IsEmpty || visible.Area < 1)
            {
                continue;
            }

            var kind = focus is null || focus == code ? LabelKind.District : LabelKind.Context;
            var forms = new[] { 1f, 0.85f, 0.72f }
                .SelectMany(s => LabelTexts.District(district, size * s))
                .Select(l => new LabelBlock(l, fonts)).ToList();
            jobs.Add(new LabelJob(code.Value, visible, forms, [], kind, visible.Area));
        }

        return jobs;
    }

    // Commune labels scale with how much room a typical commune has on the page, within legible limits.
    private static float BaseSize(IEnumerable<Geometry> pagePolygons, float typeScale)
    {
        var sides = pagePolygons.Where(p => p.Area > 0).Select(p => Math.Sqrt(p.Area)).Order().ToList();
        if (sides.Count == 0)
        {
            return 7f * typeScale;
        }

        var median = sides[sides.Count / 2];
        return (float)Math.Clamp(median * 0.16, 5.2 * typeScale, 9.5 * typeScale);
    }
}
