using Boundaries.Data.Projects;
using Boundaries.Maps;

namespace Boundaries.Web.Downloads;

/// <summary>The printable map (src/Boundaries.Maps): the communes coloured by status on A4 with legend, scale bar and sources; for a scenario, before and after side by side.</summary>
public static class MapDownload
{
    private const int PngDpi = 200;

    /// <summary>The map as PNG (200 dpi, for slides and e-mail) or PDF (vector, for printing).</summary>
    public static Download For(MapFormat format) => format switch
    {
        MapFormat.Png => new Download(BuiltInDownloads.MapPng, "Bản đồ (PNG)", "image/png", (c, s, ct) => Write(c, MapFormat.Png, s, ct)),
        MapFormat.Pdf => new Download(BuiltInDownloads.MapPdf, "Bản đồ (PDF)", "application/pdf", (c, s, ct) => Write(c, MapFormat.Pdf, s, ct)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "The planner offers PNG and PDF maps."),
    };

    private static async Task Write(DownloadContext context, MapFormat format, Stream output, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        MapRenderer.Render(Request(context), format, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }

    /// <summary>The sheet: the baseline as it is, or the scenario before and after at the same scale.</summary>
    internal static MapRequest Request(DownloadContext context)
    {
        var result = context.Result;
        var evaluation = context.Assessment.After;
        IReadOnlyList<MapPanel> panels = context.Scenario is null
            ? [new MapPanel(null, result.Baseline) { Evaluation = context.Assessment.Before }]
            :
            [
                new MapPanel("Hiện trạng (trước sắp xếp)", result.Baseline)
                {
                    Evaluation = context.Assessment.Before,
                    Changed = result.Changes.Where(c => c.Before is { Level: UnitLevel.Commune }).Select(c => c.Before!.Code).ToHashSet(),
                },
                new MapPanel("Sau sắp xếp (phương án)", result.Map)
                {
                    Evaluation = evaluation,
                    Changed = result.Changes.Where(c => c.After is { Level: UnitLevel.Commune }).Select(c => c.After!.Code).ToHashSet(),
                },
            ];
        var (district, area) = context.Area?.Resolve(panels.Select(p => p.Map).ToList()) ?? (null, MapArea.Whole);
        return new MapRequest
        {
            Title = MapSheetText.Title(result.Map, district, context.Scenario is not null, context.DatasetName, area.Place),
            Subtitle = MapSheetText.Subtitle(evaluation, result.Map, district, context.Scenario?.Title),
            District = district,
            Units = area.Units,
            Bounds = area.Bounds,
            Panels = panels,
            Paper = PaperSize.A4,
            Dpi = PngDpi,
            ColorBy = ColorBy.Status,
            Sources = MapSheetText.Sources(context.Provenance, null),
            DateLine = MapSheetText.DateLine(context.AsOf, DateOnly.FromDateTime(DateTime.Today), ProjectBuilder.ToolVersion),
        };
    }
}
