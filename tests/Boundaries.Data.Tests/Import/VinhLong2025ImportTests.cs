using Boundaries.Core.Quality;
using Boundaries.Core.Units;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Import;

/// <summary>The two-tier map of today: tỉnh Vĩnh Long of 2025-07-01, 124 units directly under the province, with declared figures and their doubts.</summary>
public class VinhLong2025ImportTests
{
    private const string Declared = "Số liệu công bố trên bản đồ sắp xếp ĐVHC (sapnhap.bando.com.vn), 2025; không ghi thời điểm số liệu";
    private readonly AdminMap _map = VinhLong2025Project.Map;

    [Fact]
    public void Import_VinhLong2025_Gives124UnitsDirectlyUnderTheProvinceAndNoDistrict()
    {
        var province = Assert.Single(_map.Provinces);

        Assert.Equal("Tỉnh Vĩnh Long", province.FullName);
        Assert.Empty(_map.Districts);
        Assert.Equal(124, _map.Communes.Count());
        Assert.Equal(105, _map.Communes.Count(u => u.Type == UnitType.Xa));
        Assert.Equal(19, _map.Communes.Count(u => u.Type == UnitType.Phuong));
        Assert.Equal(0, _map.Communes.Count(u => u.Type == UnitType.DacKhu));
        Assert.All(_map.Communes, u => Assert.Equal(new UnitCode("86"), u.ParentCode));
        Assert.All(_map.Communes, u => Assert.NotNull(u.Geometry));
        Assert.DoesNotContain(VinhLong2025Project.Project.Issues, i => i.Kind is "unexpected-level" or "unknown-parent" or "missing-parent");
    }

    [Fact]
    public void Import_VinhLong2025_ProvinceCarriesItsDeclaredFiguresAndTheUnionOfItsUnits()
    {
        var province = _map[new UnitCode("86")];

        Assert.Equal(6296.2, province.OfficialArea!.Km2);
        Assert.Equal(Declared, province.OfficialArea.Source);
        Assert.Null(province.OfficialArea.Year);
        Assert.Equal(4_257_581, province.OfficialPopulation!.Value);
        Assert.Null(province.OfficialPopulation.Year);
        Assert.Null(province.Population);
        Assert.Equal(4_257_581, _map.PopulationOf(province));
        Assert.StartsWith("winding-number union of 124 commune polygons", VinhLong2025Project.Report.ProvinceGeometry);
        Assert.Equal(_map.Communes.Sum(c => c.GeodesicAreaKm2!.Value), province.GeodesicAreaKm2!.Value, 0.01);
    }

    [Theory]
    [InlineData("28756", "Phường Phú Khương", 24.97, 47_059)]
    [InlineData("29242", "Phường Trà Vinh", 15.73, 45_397)]
    [InlineData("29341", "Xã Tiểu Cần", 49.73, 3_415)]
    public void Import_VinhLong2025_UnitsCarryTheirDeclaredAreaAndPopulation(string code, string name, double km2, long people)
    {
        var unit = _map[new UnitCode(code)];

        Assert.Equal(name, unit.FullName);
        Assert.Equal(km2, unit.OfficialArea!.Km2);
        Assert.Equal(people, unit.OfficialPopulation!.Value);
        Assert.Equal(Declared, unit.OfficialPopulation.Source);
        Assert.Null(unit.Population);
    }

    [Fact]
    public void Import_VinhLong2025_CarriesTheMeasuredDoubtsOnFigures()
    {
        var doubts = _map.Units.SelectMany(u => u.Doubts).ToList();

        Assert.Equal(24, doubts.Count);
        Assert.Equal(13, doubts.Count(d => d.Figure == DoubtedFigure.Population));
        Assert.Equal(11, doubts.Count(d => d.Figure == DoubtedFigure.Area));
        Assert.Equal(23, _map.Units.Count(u => u.Doubts.Count > 0));
        var tieuCan = Assert.Single(_map[new UnitCode("29341")].Doubts);
        Assert.Equal(DoubtedFigure.Population, tieuCan.Figure);
        Assert.Contains("3.415 người", tieuCan.Reason);
        Assert.Contains("29.064 người", tieuCan.Reason);
        Assert.Equal(2, _map[new UnitCode("29516")].Doubts.Count);
    }

    [Fact]
    public void Import_VinhLong2025_RecordsItsBaselineDate()
    {
        Assert.Equal(new DateOnly(2025, 7, 1), VinhLong2025Project.Project.Metadata.Baseline);
        Assert.Equal(new DateOnly(2025, 7, 1), VinhLong2025Project.Project.Metadata.UnitsAsOf);
    }

    [Fact]
    public void Import_TraVinh2023_KeepsItsDistrictsAndTakesTheUnitListDateAsBaseline()
    {
        Assert.Equal(new DateOnly(2023, 4, 10), TraVinhProject.Project.Metadata.Baseline);
        Assert.DoesNotContain(TraVinhProject.Project.Issues, i => i.Kind == "unexpected-level");
        Assert.Equal(3885, TraVinhProject.Map[new UnitCode("29245")].OfficialPopulation!.Value);
        Assert.Equal(3426, TraVinhProject.Map.PopulationOf(TraVinhProject.Map[new UnitCode("29245")]));
    }

    [Fact]
    public void Import_VinhLong2025_ReportsNoErrors() =>
        Assert.DoesNotContain(VinhLong2025Project.Project.Issues, i => i.Severity == IssueSeverity.Error);
}
