using Boundaries.Core.Coverage;
using Boundaries.Core.Coverage.Checks;
using Boundaries.Core.Units;
using Boundaries.Data.Store;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Tests.Store;

[Trait("Category", "Slow")]
public sealed class GeoPackageProjectStoreRoundTripTests
{
    private static async Task<BoundaryProject> SaveAndLoad(BoundaryProject project, TempFolder folder)
    {
        var store = new GeoPackageProjectStore(folder.File("tra-vinh.gpkg"));
        await store.SaveAsync(project);
        return await store.LoadAsync();
    }

    [Fact]
    public async Task LoadAsync_AfterSavingTraVinh_ReturnsEveryUnitWithItsFigures()
    {
        using var folder = new TempFolder();
        var original = TraVinhData.Project;

        var loaded = await SaveAndLoad(original, folder);

        Assert.Equal(116, loaded.Map.Units.Count);
        Assert.Equal(106, loaded.Map.Communes.Count());
        Assert.Equal(9, loaded.Map.Districts.Count());
        Assert.Single(loaded.Map.Provinces);
        foreach (var expected in original.Map.Units)
        {
            var actual = loaded.Map.Find(expected.Code);
            Assert.NotNull(actual);
            Assert.Equal(expected.Name, actual.Name);
            Assert.Equal(expected.Type, actual.Type);
            Assert.Equal(expected.ParentCode, actual.ParentCode);
            Assert.Equal(expected.Population, actual.Population);
            Assert.Equal(expected.OfficialArea, actual.OfficialArea);
            Assert.Equal(expected.Region, actual.Region);
            Assert.Equal(expected.SpecialFactors, actual.SpecialFactors);
            Assert.Equal(expected.GeometryNote, actual.GeometryNote);
            Assert.Equal(expected.GeometryStatus, actual.GeometryStatus);
        }
    }

    [Fact]
    public async Task LoadAsync_AfterSavingTraVinh_ReturnsTheSamePolygonsAndAreas()
    {
        using var folder = new TempFolder();
        var original = TraVinhData.Project;

        var loaded = await SaveAndLoad(original, folder);

        foreach (var expected in original.Map.Units.Where(u => u.Geometry is not null))
        {
            var actual = loaded.Map[expected.Code];
            Assert.IsType<MultiPolygon>(actual.Geometry);
            Assert.Equal(4326, actual.Geometry!.SRID);
            Assert.True(AsMultiPolygon(expected.Geometry!).Normalized().EqualsExact(actual.Geometry.Normalized(), 1e-12), $"polygon of {expected}");
            Assert.Equal(expected.GeodesicAreaKm2!.Value, actual.GeodesicAreaKm2!.Value, 1e-9);
        }

        Assert.Equal(["29512", "29513", "29516"], loaded.Map.Communes.Where(c => c.Geometry is null).Select(c => c.Code.Value).Order());
        Assert.All(loaded.Map.Communes.Where(c => c.Geometry is null), c => Assert.Null(c.GeodesicAreaKm2));
    }

    [Fact]
    public async Task LoadAsync_AfterSavingTraVinh_KeepsRealFiguresOfTheSeedUnits()
    {
        using var folder = new TempFolder();

        var loaded = await SaveAndLoad(TraVinhData.Project, folder);

        // Phường 3 of TP Trà Vinh: census 2019 population 3,499; c. 2009 polygon 0.17 km² (reference fixture).
        // Phường 6: official area 1.01 km² given with NQ 1277/NQ-UBTVQH15 (unit-facts.csv).
        var phuong3 = loaded.Map["29242"];
        Assert.Equal("Phường 3", phuong3.FullName);
        Assert.Equal(new PopulationFigure(3499, 2019, phuong3.Population!.Source), phuong3.Population);
        Assert.Equal(ReferenceAreaKm2("29242"), phuong3.GeodesicAreaKm2!.Value, 0.0005 * ReferenceAreaKm2("29242"));
        Assert.Equal("Xã Long Đức", loaded.Map["29263"].FullName);
        Assert.Equal(1_009_168, loaded.Map.Communes.Sum(c => c.Population!.Value));
        Assert.Equal(1.01, loaded.Map["29251"].OfficialArea!.Km2, 1e-9);
    }

    [Fact]
    public async Task LoadAsync_AfterSavingTraVinh_KeepsTheUnassignedPolygonOfDuyenHai()
    {
        using var folder = new TempFolder();
        var expected = TraVinhData.Project.Map.Unassigned.Single();

        var actual = (await SaveAndLoad(TraVinhData.Project, folder)).Map.Unassigned.Single();

        Assert.Equal("Thị trấn Duyên Hải", actual.Name);
        Assert.Equal(new UnitCode("851"), actual.ParentCode);
        Assert.Equal([new UnitCode("29512"), new UnitCode("29516")], actual.CoversCodes);
        Assert.Equal(expected.Note, actual.Note);
        Assert.Equal(expected.GeodesicAreaKm2, actual.GeodesicAreaKm2, 1e-9);
        Assert.True(AsMultiPolygon(expected.Geometry).Normalized().EqualsExact(actual.Geometry.Normalized(), 1e-12));
    }

    [Fact]
    public async Task LoadAsync_AfterSavingTraVinh_ReturnsMetadataAndIssues()
    {
        using var folder = new TempFolder();
        var project = TraVinhData.Project;

        // Saved in Vietnam: the offset and the milliseconds must survive the file. The coverage QA issues, which the
        // import command adds, carry a location and a magnitude in m² or m.
        var createdAt = new DateTimeOffset(2025, 3, 1, 9, 30, 15, 123, TimeSpan.FromHours(7));
        var coverage = CoverageQa.Check(CoverageUnit.Of(project.Map, UnitLevel.Commune)).ToIssues();
        var original = project with { Metadata = project.Metadata with { CreatedAt = createdAt }, Issues = [.. project.Issues, .. coverage] };
        Assert.Contains(original.Issues, i => i.Location is not null && i.Magnitude is not null);

        var loaded = await SaveAndLoad(original, folder);

        Assert.Equal("Trà Vinh (84)", loaded.Metadata.DatasetName);
        Assert.Equal(createdAt, loaded.Metadata.CreatedAt);
        Assert.Equal(TimeSpan.FromHours(7), loaded.Metadata.CreatedAt.Offset);
        Assert.Equal(original.Metadata.ToolVersion, loaded.Metadata.ToolVersion);
        Assert.Equal(new DateOnly(2023, 4, 10), loaded.Metadata.UnitsAsOf);
        Assert.Equal(original.Metadata.Sources, loaded.Metadata.Sources);
        Assert.Equal(original.Issues.Count, loaded.Issues.Count);
        for (var i = 0; i < original.Issues.Count; i++)
        {
            var (e, a) = (original.Issues[i], loaded.Issues[i]);
            Assert.Equal((e.Severity, e.Kind, e.Message, e.File, e.FeatureIndex, e.Code), (a.Severity, a.Kind, a.Message, a.File, a.FeatureIndex, a.Code));
            Assert.Equal(e.Location?.X, a.Location?.X);
            Assert.Equal(e.Location?.Y, a.Location?.Y);
            Assert.Equal(e.Magnitude, a.Magnitude);
            Assert.Equal(e.ToString(), a.ToString());
        }
    }

    [Fact]
    public async Task LoadAsync_ProjectWithoutUnitsAsOfAndIssues_ReturnsThemEmpty()
    {
        using var folder = new TempFolder();
        var unit = new AdminUnit { Code = "84", Name = "Trà Vinh", Type = UnitType.Tinh };
        var project = new BoundaryProject(new AdminMap([unit]), new ProjectMetadata("minimal", DateTimeOffset.UnixEpoch, "0"), []);

        var loaded = await SaveAndLoad(project, folder);

        Assert.Null(loaded.Metadata.UnitsAsOf);
        Assert.Empty(loaded.Metadata.Sources);
        Assert.Empty(loaded.Issues);
        Assert.Empty(loaded.Map.Unassigned);
        var province = Assert.Single(loaded.Map.Units);
        Assert.Equal((RegionClass.Unknown, (PopulationFigure?)null, (OfficialArea?)null), (province.Region, province.Population, province.OfficialArea));
    }

    [Fact]
    public async Task SaveAsync_Twice_SecondProjectReplacesTheFirst()
    {
        using var folder = new TempFolder();
        var store = new GeoPackageProjectStore(folder.File("p.gpkg"));
        await store.SaveAsync(TraVinhData.Project);
        var small = new BoundaryProject(new AdminMap([new AdminUnit { Code = "84", Name = "Trà Vinh", Type = UnitType.Tinh }]), TraVinhData.Project.Metadata, []);

        await store.SaveAsync(small);

        Assert.Single((await store.LoadAsync()).Map.Units);
        Assert.Equal(["p.gpkg"], folder.Entries());
    }

    private static MultiPolygon AsMultiPolygon(Geometry g) =>
        g as MultiPolygon ?? g.Factory.CreateMultiPolygon([(Polygon)g]);

    private static double ReferenceAreaKm2(string code) =>
        File.ReadLines(RepoPaths.Fixture("reference", "travinh_c2009_geodesic_areas.csv"))
            .Select(l => l.Split(','))
            .Where(f => f[2] == code)
            .Select(f => double.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture))
            .Single();
}
