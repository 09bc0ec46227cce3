using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Scenarios.Steps;
using Boundaries.Core.Units;

namespace Boundaries.Core.Tests.Scenarios;

public sealed class ScenarioEngineTests
{
    private static readonly AdminMap Map = TraVinhMap.Load();

    [Fact]
    public void Apply_Nq1277_Yields104CommunesAndPhuong3Near147Km2()
    {
        var result = ScenarioEngine.Apply(Map, TraVinhScenarios.Nq1277());

        Assert.True(result.Applied, result.Refusal?.ToString());
        Assert.Equal(104, result.Map.Communes.Count());
        var phuong3 = result.Map["29242"];
        Assert.Equal(UnitType.Phuong, phuong3.Type);
        Assert.Equal("842", phuong3.ParentCode?.Value);
        Assert.Equal(1.47, phuong3.GeodesicAreaKm2!.Value, 1.47 * 0.03);
        Assert.Equal(3426 + 3499 + 12187, phuong3.Population!.Value);
        Assert.Null(result.Map.Find("29245"));
        Assert.Null(result.Map.Find("29251"));
        Assert.Equal(8, result.Map.ChildrenOf("842").Count);
        Assert.Equal("coverage union", result.Log[0].Method);
    }

    [Fact]
    public void Apply_Nq1277_ProvinceAreaAndPopulationUnchanged()
    {
        var result = ScenarioEngine.Apply(Map, TraVinhScenarios.Nq1277());

        var province = Map["84"];
        Assert.Equal(result.BaselineFigures.AreaKm2Of(province)!.Value, result.Figures.AreaKm2Of(result.Map["84"])!.Value, result.BaselineFigures.AreaKm2Of(province)!.Value * 1e-9);
        Assert.Equal(1_009_168, result.Figures.PopulationOf(result.Map["84"]));
        Assert.Equal(result.BaselineFigures.PopulationOf(province), result.Figures.PopulationOf(result.Map["84"]));
    }

    [Fact]
    public void Apply_Nq1277_CodeTableSendsAllOfEachPhuongToPhuong3()
    {
        var result = ScenarioEngine.Apply(Map, TraVinhScenarios.Nq1277());

        foreach (var old in new[] { "29245", "29242", "29251" })
        {
            var row = Assert.Single(result.CodeTable, r => r.Level == UnitLevel.Commune && r.OldCode.Value == old);
            Assert.Equal("29242", row.NewCode.Value);
            Assert.Equal(1.0, row.AreaShare!.Value, 1e-12);
            Assert.Equal(1.0, row.PopulationShare!.Value, 1e-12);
        }

        var district = Assert.Single(result.CodeTable, r => r.Level == UnitLevel.District && r.OldCode.Value == "842");
        Assert.Equal(1.0, district.AreaShare!.Value, 1e-12);
    }

    [Fact]
    public void Apply_Nq1277_ChangesListMergedAndCeasedUnits()
    {
        var result = ScenarioEngine.Apply(Map, TraVinhScenarios.Nq1277());

        var phuong3 = Assert.Single(result.Changes, c => c.Code.Value == "29242");
        Assert.Equal(3499, phuong3.Before!.Population);
        Assert.Equal(19112, phuong3.After!.Population);
        Assert.Contains("area", phuong3.What);
        var ceased = Assert.Single(result.Changes, c => c.Code.Value == "29245");
        Assert.Null(ceased.After);
        Assert.Equal(["29242"], ceased.WentTo.Select(c => c.Value));
        Assert.DoesNotContain(result.Changes, c => c.Code.Value == "842");
    }

    [Fact]
    public void Apply_Nq1277_OutlinesOfCityAndProvinceKept()
    {
        // The importer gives the province an outline; any polygon shows whether it is rebuilt.
        var outline = Map["842"].Geometry!.Factory.ToGeometry(Map["842"].Geometry!.EnvelopeInternal);
        var map = new AdminMap(Map.Units.Select(u => u.Code.Value == "84" ? u with { Geometry = outline } : u), Map.Unassigned);

        var result = ScenarioEngine.Apply(map, TraVinhScenarios.Nq1277());

        // Regression: a merge inside one city rebuilt the city's and the province's outlines by a union of all their
        // communes (about a second on Trà Vinh, half a second for huyện Trà Cú), though no territory crossed them.
        Assert.Same(outline, result.Map["84"].Geometry);
        Assert.Same(map["842"].Geometry, result.Map["842"].Geometry);
    }

    [Fact]
    public void Apply_ReassignAcrossDistricts_RebuildsBothDistrictOutlines()
    {
        // Xã Nguyệt Hóa moves from huyện Châu Thành to TP Trà Vinh: its territory crosses both districts' boundary.
        var scenario = TraVinhScenarios.Nq1277() with
        {
            Operations = [new ReassignOperation(["29395"], "842")],
        };

        var result = ScenarioEngine.Apply(Map, scenario);

        Assert.True(result.Applied, result.Refusal?.ToString());
        Assert.NotSame(Map["842"].Geometry, result.Map["842"].Geometry);
        Assert.NotSame(Map["847"].Geometry, result.Map["847"].Geometry);
        Assert.Equal("dựng lại từ đa giác của các xã trực thuộc sau phương án", result.Map["847"].GeometryNote);
    }

    [Fact]
    public void Apply_Nq728_MovesDeclaredFiguresAndKeepsPolygons()
    {
        var scenario = TraVinhScenarios.Nq1277() with { Operations = [TraVinhScenarios.Nq728()] };

        var result = ScenarioEngine.Apply(Map, scenario);

        Assert.True(result.Applied, result.Refusal?.ToString());
        var (longKhanh, nguLac) = (result.Map["29521"], result.Map["29530"]);
        Assert.Same(Map["29521"].Geometry, longKhanh.Geometry);
        Assert.Equal(6560 - 490, longKhanh.Population!.Value);
        Assert.Equal(18496 + 490, nguLac.Population!.Value);
        Assert.Equal(Map["29521"].GeodesicAreaKm2!.Value - 3.13, result.Figures.AreaKm2Of(longKhanh)!.Value, 1e-9);
        Assert.Equal(Map["29530"].GeodesicAreaKm2!.Value + 3.13, result.Figures.AreaKm2Of(nguLac)!.Value, 1e-9);
        Assert.True(result.Figures.IsDeclared(nguLac));
        Assert.Equal("polygon + declared", result.Figures.AreaBasisOf(nguLac));
        Assert.True(result.Log[0].Declared);
        Assert.Equal(DeclaredFigure.Flag, result.Log[0].Method);
        var declared = Assert.Single(result.Declared);
        Assert.Equal((3.13, 490L), (declared.AreaKm2, declared.Population));
        Assert.All(result.Changes.Where(c => c.Before!.Level == UnitLevel.Commune), c => Assert.True(c.Declared));
    }

    [Fact]
    public void Apply_Nq728_DistrictUnchangedAndCodeTableFlagsDeclaredFlow()
    {
        var scenario = TraVinhScenarios.Nq1277() with { Operations = [TraVinhScenarios.Nq728()] };

        var result = ScenarioEngine.Apply(Map, scenario);

        Assert.DoesNotContain(result.Changes, c => c.Code.Value == "850");
        var flow = Assert.Single(result.CodeTable, r => r.OldCode.Value == "29521" && r.NewCode.Value == "29530");
        Assert.True(flow.Declared);
        Assert.Equal(3.13, flow.AreaKm2!.Value, 1e-12);
        Assert.Equal(490, flow.Population);
        Assert.Equal(3.13 / Map["29521"].GeodesicAreaKm2!.Value, flow.AreaShare!.Value, 1e-12);
    }

    [Fact]
    public void Apply_Expansion_CityGainsTwoCommunesAndDeclaredPart()
    {
        var result = ScenarioEngine.Apply(Map, TraVinhScenarios.Expansion());

        Assert.True(result.Applied, result.Refusal?.ToString());
        Assert.Equal(UnitType.Xa, result.Map["29395"].Type);
        Assert.Equal("842", result.Map["29395"].ParentCode?.Value);
        Assert.Equal(12, result.Map.ChildrenOf("842").Count);
        var city = result.Changes.Single(c => c.Code.Value == "842");
        var gained = Map["29395"].GeodesicAreaKm2!.Value + Map["29398"].GeodesicAreaKm2!.Value + 3.44;
        Assert.Equal(city.Before!.AreaKm2!.Value + gained, city.After!.AreaKm2!.Value, 1e-9);
        Assert.Equal(city.Before.Population + 7388 + 13660 + 3339, city.After.Population);
        Assert.True(city.After.Declared);
        Assert.Equal("sum of communes + declared", city.After.AreaBasis);
        var chauThanh = result.Changes.Single(c => c.Code.Value == "847");
        Assert.Equal(chauThanh.Before!.Population - 7388 - 13660 - 3339, chauThanh.After!.Population);
        Assert.Equal(Map["29401"].Population!.Value - 3339, result.Map["29401"].Population!.Value);
    }

    [Fact]
    public void Apply_Expansion_CityPolygonRebuiltFromItsCommunes()
    {
        var result = ScenarioEngine.Apply(Map, TraVinhScenarios.Expansion());

        var city = result.Map["842"];
        Assert.NotNull(city.Geometry);
        var communes = result.Map.ChildrenOf("842").Sum(c => c.GeodesicAreaKm2 ?? 0);
        Assert.Equal(communes, city.GeodesicAreaKm2!.Value, communes * 1e-6);
        Assert.Same(Map["844"].Geometry, result.Map["844"].Geometry);
    }

    [Fact]
    public void Apply_Baseline_IsNeverChanged()
    {
        var before = Map.Units.ToList();

        ScenarioEngine.Apply(Map, TraVinhScenarios.Expansion());
        ScenarioEngine.Apply(Map, TraVinhScenarios.Nq1277());

        Assert.Equal(before, Map.Units);
        Assert.Equal(14, Map.ChildrenOf("847").Count);
    }
}
