using Boundaries.Core.Scenarios.Assessments;
using Boundaries.Core.Scenarios.Results;
using Boundaries.Documents.Model;
using Boundaries.Maps;

namespace Boundaries.Cli.Maps;

/// <summary>The two maps of a dossier's annex (current boundaries and the option), drawn here so Documents need not know Maps.</summary>
internal static class DossierMaps
{
    /// <summary>Resolution of the embedded pictures: sharp in print, small enough for the Word file.</summary>
    private const int Dpi = 150;

    /// <summary>PNG pictures of the map before and after, on the district of the changed communes, with the titles of the annex.</summary>
    public static IReadOnlyList<MapPicture> Render(OpenedProject opened, ScenarioResult result, ScenarioAssessment assessment, string scenarioFile, IReadOnlyList<string> titles)
    {
        var changedBefore = result.Changes.Where(c => c.Before is { Level: UnitLevel.Commune }).Select(c => c.Before!.Code).ToHashSet();
        var changedAfter = result.Changes.Where(c => c.After is { Level: UnitLevel.Commune }).Select(c => c.After!.Code).ToHashSet();
        UnitCode? district = result.Changes.Select(c => c.After?.ParentCode ?? c.Before?.ParentCode)
            .FirstOrDefault(code => code is { } c && result.Map.Find(c) is { Level: UnitLevel.District });
        var before = new MapPanel(null, result.Baseline) { Evaluation = assessment.Before, Changed = changedBefore };
        var after = new MapPanel(null, result.Map) { Evaluation = assessment.After, Changed = changedAfter };
        return
        [
            new MapPicture(titles.ElementAtOrDefault(0) ?? "Bản đồ hiện trạng", Png(opened, before, district, titles.ElementAtOrDefault(0), scenarioFile), "truoc"),
            new MapPicture(titles.ElementAtOrDefault(1) ?? "Bản đồ phương án", Png(opened, after, district, titles.ElementAtOrDefault(1), scenarioFile), "sau"),
        ];
    }

    private static byte[] Png(OpenedProject opened, MapPanel panel, UnitCode? district, string? title, string scenarioFile)
    {
        var request = new MapRequest
        {
            Title = title ?? MapSheetText.Title(panel.Map, district, scenario: true),
            Panels = [panel],
            Dpi = Dpi,
            District = district,
            Sources = MapSheetText.Sources(opened.Provenance, scenarioFile),
            DateLine = MapSheetText.DateLine(panel.Evaluation?.AsOf, DateOnly.FromDateTime(DateTime.Today), Data.Projects.ProjectBuilder.ToolVersion),
        };
        using var stream = new MemoryStream();
        MapRenderer.Render(request, MapFormat.Png, stream);
        return stream.ToArray();
    }
}
