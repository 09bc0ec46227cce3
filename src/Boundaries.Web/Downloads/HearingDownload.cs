using System.Text;
using Boundaries.Core.Consultation;
using Boundaries.Data.Projects;
using Boundaries.Documents.Hearing;
using Boundaries.Documents.Legal;
using Boundaries.Documents.Model;
using Boundaries.Maps;

namespace Boundaries.Web.Downloads;

/// <summary>The public hearing page of a scenario (trang công khai lấy ý kiến): the dossier's figures (src/Boundaries.Documents) with maps drawn by src/Boundaries.Maps; the command line's <c>boundaries hearing</c> makes it here too.</summary>
public static class HearingDownload
{
    /// <summary>The name in the URL.</summary>
    public const string Name = "hearing.html";

    /// <summary>The download for the planner, with the notice given in the page's form (without one, the page says the dates and places will be announced).</summary>
    public static Download With(InstrumentCatalogue? instruments) =>
        new(Name, "Trang công khai lấy ý kiến (HTML)", "text/html; charset=utf-8", async (context, output, ct) =>
        {
            var page = Page(context.Result, context.Assessment, new DossierOptions(context.AsOf) { Instruments = instruments }, context.Notice);
            await output.WriteAsync(Encoding.UTF8.GetBytes(page), ct);
        })
        { ForBaseline = false };

    /// <summary>The page: the dossier's model of the scenario, the consultation notice, and the maps of the changed units with their neighbours before and after.</summary>
    /// <exception cref="ArgumentException">The scenario was refused part-way.</exception>
    public static string Page(ScenarioResult result, ScenarioAssessment assessment, DossierOptions options, ConsultationNotice notice)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(options);
        var model = DossierModelBuilder.Build(result, assessment, options);
        return HearingPage.Render(model, notice, Maps(result, assessment));
    }

    private static HearingMaps Maps(ScenarioResult result, ScenarioAssessment assessment)
    {
        var changedBefore = result.Changes.Where(c => c.Before is { Level: UnitLevel.Commune }).Select(c => c.Before!.Code).ToHashSet();
        var changedAfter = result.Changes.Where(c => c.After is { Level: UnitLevel.Commune }).Select(c => c.After!.Code).ToHashSet();
        var area = MapArea.Of([result.Baseline, result.Map], [.. changedBefore.Union(changedAfter)], withNeighbours: true, bounds: null);
        var before = new MapPanel(null, result.Baseline) { Evaluation = assessment.Before, Changed = changedBefore };
        var after = new MapPanel(null, result.Map) { Evaluation = assessment.After, Changed = changedAfter };
        return new HearingMaps(Svg(before, area, scenario: false), Svg(after, area, scenario: true));
    }

    private static string Svg(MapPanel panel, MapArea area, bool scenario)
    {
        var request = new MapRequest
        {
            // A short title: the sheet is small on a phone; the area goes in the subtitle, which wraps.
            Title = scenario ? "BẢN ĐỒ PHƯƠNG ÁN SẮP XẾP" : "BẢN ĐỒ HIỆN TRẠNG",
            Subtitle = $"{char.ToUpperInvariant(area.Place![0])}{area.Place[1..]}{(panel.Map.Provinces.FirstOrDefault() is { } province ? $", {province.FullName}" : "")}.",
            Panels = [panel],
            Units = area.Units,
            // The hearing page is read by the public: the map names no source file (the page's footer says where the figures come from).
            DateLine = MapSheetText.DateLine(panel.Evaluation?.AsOf, DateOnly.FromDateTime(DateTime.Today), ProjectBuilder.ToolVersion),
        };
        using var svg = new MemoryStream();
        MapRenderer.Render(request, MapFormat.Svg, svg);
        return Encoding.UTF8.GetString(svg.ToArray());
    }
}
