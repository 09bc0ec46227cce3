using Boundaries.Maps.Projection;
using Boundaries.Maps.Scene;
using Boundaries.Maps.Tests.TestSupport;

namespace Boundaries.Maps.Tests.Scene;

public sealed class PanelSceneTests
{
    [Fact]
    public void Simplify_ProvinceAt45Metres_DropsMostVerticesAndNeighboursStillShareTheirEdge()
    {
        var scene = PanelScene.Project(new MapPanel(null, TraVinh.Map), DisplayCrs.For(TraVinh.Map), MapFocus.Whole);
        var before = scene.Features.Sum(f => f.Geometry.NumPoints);

        scene.Simplify(45);

        var after = scene.Features.Sum(f => f.Geometry.NumPoints);
        Assert.True(after < before / 3, $"{before} → {after} vertices");

        // Phường 3 and Phường 2 of TP Trà Vinh touch along a street: the simplified pair still touch, without gap or overlap.
        var p3 = scene.Features.Single(f => f.Key == "29242").Geometry;
        var p2 = scene.Features.Single(f => f.Key == "29245").Geometry;
        var shared = p3.Intersection(p2);
        Assert.Equal(1, (int)shared.Dimension);
        Assert.True(shared.Length > 100, $"shared edge {shared.Length:F0} m");
        Assert.True(p3.Intersection(p2).Area < 1e-3);
    }

    [Fact]
    public void Simplify_Districts_AreTheUnionOfTheirCommunesWithTheirArea()
    {
        var scene = PanelScene.Project(new MapPanel(null, TraVinh.Map), DisplayCrs.For(TraVinh.Map), MapFocus.Whole);

        scene.Simplify(45);

        Assert.Equal(9, scene.Districts.Count);
        var city = scene.Districts[new Core.Units.UnitCode("842")];
        var communes = scene.Features.Where(f => f.DistrictCode?.Value == "842").Sum(f => f.Geometry.Area);
        Assert.Equal(communes, city.Area, communes * 1e-4);

        // Display geometry in TM-3 metres is within 0.5 % of the geodesic area (scale factor and simplification); never used for figures.
        Assert.Equal(TraVinh.Map.RollUp(new Core.Units.UnitCode("842")).AreaKm2 * 1e6, city.Area, city.Area * 0.005);
    }
}
