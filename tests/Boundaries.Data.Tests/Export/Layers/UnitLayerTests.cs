using Boundaries.Core.Units;
using Boundaries.Data.Export.Layers;

namespace Boundaries.Data.Tests.Export.Layers;

public sealed class UnitLayerTests
{
    [Fact]
    public void Of_TraVinhCommunesEvaluated_HasEveryCommuneWithStatusAndPercentages()
    {
        var layer = TraVinhLayers.Communes;

        Assert.Equal("communes", layer.Name);
        Assert.Equal(106, layer.Rows.Count);
        Assert.Equal(3, layer.Rows.Count(r => r.Geometry is null));
        var phuong3 = layer.Rows.Single(r => (string?)r[layer, "code"] == "29242");
        Assert.Equal("Phường 3", phuong3[layer, "name"]);
        Assert.Equal("phuong", phuong3[layer, "type"]);
        Assert.Equal("842", phuong3[layer, "parent_code"]);
        Assert.Equal("Thành phố Trà Vinh", phuong3[layer, "parent_name"]);
        Assert.Equal(0.1738, (double)phuong3[layer, "area_km2"]!, 0.00005);
        Assert.Equal(3499L, phuong3[layer, "population"]);
        Assert.Equal(49.99, (double)phuong3[layer, "population_pct"]!, 0.005);
        Assert.Equal("must-arrange", phuong3[layer, "status"]);
        Assert.Equal("thuộc diện sắp xếp", phuong3[layer, "status_vi"]);
        Assert.Equal(true, phuong3[layer, "must_arrange"]);
        Assert.Equal(9, layer.Rows.Count(r => (string?)r[layer, "status"] == "must-arrange"));
    }

    [Fact]
    public void LayerFields_ShapefileNames_AreUniqueAndAtMostTenCharacters()
    {
        var fields = LayerFields.Base.Concat(LayerFields.Evaluation).Concat(LayerFields.Scenario).ToList();

        Assert.All(fields, f => Assert.InRange(f.ShapefileName.Length, 1, 10));
        Assert.Equal(fields.Count, fields.Select(f => f.ShapefileName.ToLowerInvariant()).Distinct().Count());
        Assert.Equal(fields.Count, fields.Select(f => f.Name).Distinct().Count());
    }

    [Fact]
    public void RightHandRule_ClockwiseSourcePolygon_BecomesCounterClockwiseWithClockwiseHoles()
    {
        var polygon = new NetTopologySuite.IO.WKTReader().Read("POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))");

        var oriented = RightHandRule.Apply(polygon);

        Assert.False(RightHandRule.Holds(polygon));
        Assert.True(RightHandRule.Holds(oriented));
        Assert.True(oriented.EqualsTopologically(polygon));
    }

    [Fact]
    public void Of_DistrictLevel_AreasAreTheirOwnPolygons()
    {
        var layer = UnitLayer.Of(TraVinhLayers.Map, UnitLevel.District);

        Assert.Equal("districts", layer.Name);
        Assert.Equal(9, layer.Rows.Count);
        var city = layer.Rows.Single(r => (string?)r[layer, "code"] == "842");
        Assert.Equal(67.14, (double)city[layer, "area_km2"]!, 0.005);
        Assert.DoesNotContain(layer.Fields, f => f.Name == "status");
    }
}
