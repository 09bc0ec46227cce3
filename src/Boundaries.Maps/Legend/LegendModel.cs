using System.Globalization;
using Boundaries.Core.Formatting;
using Boundaries.Core.Units;
using Boundaries.Maps.Projection;
using Boundaries.Maps.Scene;
using Boundaries.Maps.Styling;
using NetTopologySuite.Geometries;

namespace Boundaries.Maps.Legend;

/// <summary>Builds the legend: fills with their counts (before → after for two panels), special symbols, boundary lines, notes, scale and north.</summary>
internal static class LegendModel
{
    private static CultureInfo Vi => VietnameseFormat.Culture;

    public static IReadOnlyList<ILegendItem> Build(
        MapRequest request, FillScheme scheme, IReadOnlyList<PanelScene> scenes, IReadOnlyList<IReadOnlyList<AdminUnit>> focusCommunes, Sheet.NumberedUnits numbers,
        DisplayCrs crs, int scale, Coordinate centre, float typeScale)
    {
        var text = 7f * typeScale;
        var items = new List<ILegendItem> { LegendText.Heading("CHÚ GIẢI", 9.5f * typeScale) };

        var asOf = request.ColorBy == ColorBy.Status ? request.Panels[0].Evaluation?.AsOf : null;
        items.Add(LegendText.Heading(asOf is { } d ? $"{scheme.Title} (ngày {d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)})" : scheme.Title, text));
        var counts = scenes.Select((s, i) => focusCommunes[i].GroupBy(u => scheme.ClassOf(s.Panel, u)).ToDictionary(g => g.Key.Key, g => g.Count())).ToList();
        var classes = scheme.Classes.Concat(scenes.SelectMany((s, i) => focusCommunes[i].Select(u => scheme.ClassOf(s.Panel, u)))).DistinctBy(c => c.Key);
        foreach (var fill in classes)
        {
            var perPanel = counts.Select(c => c.GetValueOrDefault(fill.Key)).ToList();
            if (perPanel.All(n => n == 0))
            {
                continue;
            }

            items.Add(new LegendSwatch(fill.Color, fill.Label, string.Join(" → ", perPanel), text));
        }

        var changed = scenes.Select(s => s.Features.Count(f => f.Changed && f.InFocus)).ToList();
        if (changed.Any(n => n > 0))
        {
            items.Add(new LegendSwatch(SkiaSharp.SKColors.White, "Đơn vị thay đổi theo phương án", string.Join(" → ", changed), text)
            {
                Hatch = MapStyle.Changed,
                Outline = MapStyle.ChangedOutline,
            });
        }

        if (scenes.Any(s => s.Features.Any(f => f.InFocus && f.Unassigned is not null)))
        {
            items.Add(new LegendSwatch(MapStyle.NoOwnBoundaryFill, "Ranh giới cũ chưa tách cho các đơn vị hiện nay", null, text) { Hatch = MapStyle.NoOwnBoundaryHatch });
        }

        if (MapFocus.Of(request).IsPartial)
        {
            items.Add(new LegendSwatch(MapStyle.ContextFill, "Đơn vị ngoài phạm vi bản đồ", null, text) { Outline = MapStyle.ContextBoundary with { Width = 0.6f } });
        }

        items.Add(LegendText.Heading("Ranh giới", text));
        items.Add(new LegendLine(MapStyle.ProvinceBoundary, "Ranh giới tỉnh", text));
        items.Add(new LegendLine(MapStyle.DistrictBoundary, "Ranh giới huyện", text));
        items.Add(new LegendLine(MapStyle.CommuneBoundary, "Ranh giới xã", text));

        foreach (var paragraph in request.Notes)
        {
            items.Add(LegendText.Note(Labels.LabelTexts.Nfc(paragraph), text * 0.9f));
        }

        if (numbers.Entries.Count > 0)
        {
            items.Add(LegendText.Note("Đơn vị ghi số trên bản đồ: " + string.Join("; ", numbers.Entries.Select(e => $"{e.Number}. {e.Name}")) + ".", text * 0.9f));
        }

        if (MissingNote(scenes[^1], focusCommunes[^1]) is { } note)
        {
            items.Add(LegendText.Note(note, text * 0.9f));
        }

        items.Add(new LegendScale(scale, TrueNorth(crs, centre), crs.Description, text));
        return items;
    }

    /// <summary>Which units in focus have no polygon, and where their ground lies when the sources say.</summary>
    private static string? MissingNote(PanelScene scene, IReadOnlyList<AdminUnit> communes)
    {
        var missing = communes.Where(c => c.Geometry is null).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var map = scene.Panel.Map;
        var parts = missing.Select(u =>
        {
            var parent = map.ParentOf(u)?.FullName;
            var within = map.Unassigned.FirstOrDefault(a => a.CoversCodes.Contains(u.Code));
            var where = within is null ? "không có ranh giới trong nguồn" : $"nằm trong ranh giới cũ “{within.Name}”";
            return $"{u.FullName}{(parent is null ? "" : $" ({parent})")}: {where}";
        });
        return $"Chưa có ranh giới riêng ({missing.Count.ToString(Vi)} đơn vị): {string.Join("; ", parts)}.";
    }

    /// <summary>The direction of true north at the map's centre, in degrees clockwise from grid north (the meridian convergence, with its sign).</summary>
    private static double TrueNorth(DisplayCrs crs, Coordinate centre)
    {
        var (lon, lat) = crs.ToLonLat(centre.X, centre.Y);
        var (x1, y1) = crs.Project(lon, lat);
        var (x2, y2) = crs.Project(lon, lat + 0.01);
        return Math.Atan2(x2 - x1, y2 - y1) * 180 / Math.PI;
    }
}
