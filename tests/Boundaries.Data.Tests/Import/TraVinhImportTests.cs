using Boundaries.Core.Geodesy;
using Boundaries.Core.Quality;
using Boundaries.Core.Units;
using Boundaries.Data.Import;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Import;

public class TraVinhImportTests
{
    private const double AreaTolerance = 0.0005;
    private readonly AdminMap _map = TraVinhData.Map;
    private readonly ImportReport _report = TraVinhData.Report;

    [Fact]
    public void Import_TraVinh_GivesOneProvinceNineDistricts106Communes()
    {
        var province = Assert.Single(_map.Provinces);

        Assert.Equal("84", province.Code.Value);
        Assert.Equal("Tỉnh Trà Vinh", province.FullName);
        Assert.Equal(9, _map.Districts.Count());
        Assert.Equal(106, _map.Communes.Count());
        Assert.Equal(["842", "844", "845", "846", "847", "848", "849", "850", "851"], _map.Districts.Select(d => d.Code.Value).Order());
        Assert.All(_map.Districts, d => Assert.Equal(new UnitCode("84"), d.ParentCode));
    }

    [Fact]
    public void Import_TraVinh_TakesTypesAndParentsFromTheGsoList()
    {
        Assert.Equal(85, _map.Communes.Count(c => c.Type == UnitType.Xa));
        Assert.Equal(11, _map.Communes.Count(c => c.Type == UnitType.Phuong));
        Assert.Equal(10, _map.Communes.Count(c => c.Type == UnitType.ThiTran));
        Assert.Equal(UnitType.ThanhPhoThuocTinh, _map[new UnitCode("842")].Type);
        Assert.Equal(UnitType.ThiXa, _map[new UnitCode("851")].Type);
        Assert.Equal("Thị xã Duyên Hải", _map[new UnitCode("851")].FullName);
        var longDuc = _map[new UnitCode("29263")];
        Assert.Equal("Long Đức", longDuc.Name);
        Assert.Equal(new UnitCode("842"), longDuc.ParentCode);
        Assert.Equal("Phường 3", _map[new UnitCode("29242")].Name);
        Assert.Equal(new UnitCode("850"), _map[new UnitCode("29513")].ParentCode);
        Assert.Equal(10, _map.ChildrenOf(new UnitCode("842")).Count);
    }

    [Fact]
    public void Import_TraVinh_Gives103CommunesAPolygonAndAllDistricts()
    {
        var withoutPolygon = _map.Communes.Where(c => c.Geometry is null).Select(c => c.Code.Value).Order();

        Assert.Equal(103, _map.Communes.Count(c => c.Geometry is not null));
        Assert.Equal(["29512", "29513", "29516"], withoutPolygon);
        Assert.All(_map.Districts, d => Assert.NotNull(d.Geometry));
        Assert.All(_map.Units.Where(u => u.Geometry is not null), u => Assert.Equal(4326, u.Geometry!.SRID));
    }

    [Theory]
    [InlineData("29512")]
    [InlineData("29516")]
    [InlineData("29513")]
    public void Import_TraVinh_UnitsWithoutPolygonCarryTheManifestsReason(string code)
    {
        var unit = _map[new UnitCode(code)];

        Assert.Equal(GeometryStatus.Missing, unit.GeometryStatus);
        Assert.StartsWith("No polygon in the sources: ", unit.GeometryNote, StringComparison.Ordinal);
        Assert.NotNull(unit.Population);
    }

    [Fact]
    public void Import_TraVinh_KeepsThiTranDuyenHaiAsUnassignedAreaOfDistrict851()
    {
        var area = Assert.Single(_map.Unassigned);

        Assert.Equal("Thị trấn Duyên Hải", area.Name);
        Assert.Equal(new UnitCode("851"), area.ParentCode);
        Assert.Equal([new UnitCode("29512"), new UnitCode("29516")], area.CoversCodes);
        var reference = ReferenceAreas.Communes().Single(r => r.Key == "94");
        Assert.Equal(reference.AreaKm2, area.GeodesicAreaKm2, reference.AreaKm2 * AreaTolerance);
        Assert.Equal(1, _report.UnassignedAreas);
    }

    [Fact]
    public void Import_TraVinh_Gives2019CensusPopulationToAll106Communes()
    {
        Assert.All(_map.Communes, c =>
        {
            Assert.NotNull(c.Population);
            Assert.Equal(2019, c.Population!.Year);
            Assert.StartsWith("GSO Population and Housing Census 1/4/2019", c.Population.Source, StringComparison.Ordinal);
        });
        Assert.Equal(1_009_168, _map.Communes.Sum(c => c.Population!.Value));
        Assert.Equal(10_557, _map[new UnitCode("29239")].Population!.Value);
        Assert.Equal(1_009_168, _map.RollUp(new UnitCode("84")).Population);
    }

    [Fact]
    public void Import_TraVinh_EveryCommuneAreaMatchesTheGeodesicReference()
    {
        var references = ReferenceAreas.Communes().Where(r => r.Code is not null).ToList();

        Assert.Equal(103, references.Count);
        Assert.All(references, r =>
        {
            var area = _map[new UnitCode(r.Code!)].GeodesicAreaKm2;
            Assert.NotNull(area);
            Assert.True(Math.Abs(area!.Value - r.AreaKm2) <= r.AreaKm2 * AreaTolerance, $"{r.Code} {r.Name}: {area} km², reference {r.AreaKm2} km²");
        });
    }

    [Fact]
    public void Import_TraVinh_EveryDistrictAreaMatchesTheGeodesicReference()
    {
        var references = ReferenceAreas.Districts();

        Assert.Equal(9, references.Count);
        Assert.All(references, r =>
        {
            var area = _map[new UnitCode(r.Key)].GeodesicAreaKm2!.Value;
            Assert.True(Math.Abs(area - r.AreaKm2) <= r.AreaKm2 * AreaTolerance, $"{r.Key} {r.Name}: {area} km², reference {r.AreaKm2} km²");
        });
    }

    [Fact]
    public void Import_TraVinh_ProvincePolygonIsTheCoverageUnionOfTheDistricts()
    {
        var province = _map[new UnitCode("84")];
        var districtSum = ReferenceAreas.Districts().Sum(r => r.AreaKm2);

        Assert.NotNull(province.Geometry);
        Assert.True(province.Geometry!.IsValid);
        Assert.Equal(districtSum, province.GeodesicAreaKm2!.Value, districtSum * AreaTolerance);
        Assert.Equal("coverage union of 9 district polygons", _report.ProvinceGeometry);
    }

    [Fact]
    public void Import_TraVinh_ReportCountsUnitsFilesAndCrs()
    {
        Assert.Equal(new LevelCount(UnitLevel.Province, 1, 1, 0), _report.CountOf(UnitLevel.Province));
        Assert.Equal(new LevelCount(UnitLevel.District, 9, 9, 0), _report.CountOf(UnitLevel.District));
        Assert.Equal(new LevelCount(UnitLevel.Commune, 106, 103, 106), _report.CountOf(UnitLevel.Commune));
        Assert.Equal(
            [("units_gso_2023-04-10.csv", "units", 106), ("communes_mapmaker_c2009.geojson", "communes", 104),
             ("districts_gischinhphu_2019.geojson", "districts", 9), ("population_census_2019.csv", "join", 106)],
            _report.Files.Select(f => (Path.GetFileName(f.File), f.Role, f.Features)));
        Assert.All(_report.Files.Where(f => f.Format == "GeoJSON"), f =>
        {
            Assert.Equal(4326, f.Epsg);
            Assert.Equal("manifest", f.CrsOrigin);
        });
        Assert.Empty(_report.Repairs);
    }

    [Fact]
    public void Import_TraVinh_ReportsNoErrorsOrWarnings()
    {
        var serious = _report.Issues.Where(i => i.Severity != IssueSeverity.Info).Select(i => i.ToString()).ToList();

        Assert.Empty(serious);
        Assert.Equal(3, _report.IssuesOf("missing-geometry").Count());
    }

    [Fact]
    public void Import_WithProgress_ReportsEveryFile()
    {
        var seen = new List<ImportProgress>();
        var progress = new SynchronousProgress(seen.Add);

        DatasetImporter.Import(RepoPaths.TraVinh, ImportOptions.Default, progress);

        Assert.Equal(4, seen[0].FilesTotal);
        Assert.Contains(seen, p => p.File?.EndsWith("communes_mapmaker_c2009.geojson", StringComparison.Ordinal) == true && p.FeaturesDone == 104);
        Assert.Contains(seen, p => p.Stage == "joining");
        Assert.Equal("assembling", seen[^1].Stage);
    }

    [Fact]
    public void Import_TraVinh_RollUpOfThiXaDuyenHaiCountsItsUnassignedArea()
    {
        var rollUp = _map.RollUp(new UnitCode("851"));
        var communes = _map.CommunesUnder(new UnitCode("851")).Sum(c => c.GeodesicAreaKm2 ?? 0);

        Assert.Equal(communes + _map.Unassigned[0].GeodesicAreaKm2, rollUp.AreaKm2, 1e-9);
        Assert.Equal(["29512", "29516"], rollUp.UnitsWithoutGeometry.Select(c => c.Value).Order());
        Assert.Equal(EllipsoidalMeasure.AreaKm2(_map.Unassigned[0].Geometry), _map.Unassigned[0].GeodesicAreaKm2, 1e-12);
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
