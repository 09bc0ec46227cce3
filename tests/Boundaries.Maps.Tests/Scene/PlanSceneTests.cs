using Boundaries.Core.Scenarios;
using Boundaries.Data.Scenarios;
using Boundaries.Maps.Projection;
using Boundaries.Maps.Scene;
using Boundaries.Maps.Tests.TestSupport;
using Boundaries.Core.Scenarios.Results;

namespace Boundaries.Maps.Tests.Scene;

/// <summary>Regression of issue 16: the map of a <c>boundaries plan</c> scenario failed in the coverage simplifier.</summary>
public sealed class PlanSceneTests
{
    [Fact]
    public void Simplify_PlanOfTheFormerTraVinh_DrawsEveryMergedUnitWithItsArea()
    {
        var result = Plan();
        var scene = PanelScene.Project(new MapPanel(null, result.Map), DisplayCrs.For(result.Map), MapFocus.Whole);
        var before = scene.Features.Sum(f => f.Geometry.Area);

        // The merged units keep pinholes of a few cm² between their former communes; 45 m is the province on A4.
        scene.Simplify(45);

        Assert.Equal(41, scene.Features.Count);
        Assert.All(scene.Features, f => Assert.False(f.Geometry.IsEmpty, f.Key));
        Assert.Equal(before, scene.Features.Sum(f => f.Geometry.Area), before * 0.002);
    }

    [Fact]
    public void Render_PlanOfTheFormerTraVinh_LabelsEveryUnitAndItsDistricts()
    {
        var result = Plan();
        var request = TraVinh.ProvinceRequest(Orientation.Auto, dpi: 72) with { Panels = [new MapPanel(null, result.Map)], ColorBy = ColorBy.Type };

        using var png = new MemoryStream();
        var report = MapRenderer.Render(request, MapFormat.Png, png);

        // District outlines of merged units touch themselves once rounded to the page: their labels still find room.
        Assert.Equal(9, report.Labels.Count(l => l.IsDistrict));
        Assert.True(report.Labels.Count(l => !l.IsDistrict) >= 40, $"{report.Labels.Count(l => !l.IsDistrict)} commune labels");
    }

    private static ScenarioResult Plan() =>
        ScenarioEngine.Apply(TraVinh.Map, ScenarioFile.Read(Path.Combine(RepoPaths.Root, "docs", "plan", "tra-vinh-plan-nq76.json")));
}
