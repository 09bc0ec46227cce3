using Boundaries.Core.Units;
using Boundaries.Data.Import;
using Boundaries.Data.Projects;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Import;

/// <summary>The bundled national layer of 2025-07-01: one province on its own, and the whole country.</summary>
public class Vietnam2025ImportTests
{
    [Fact]
    public void Import_OneProvinceOfTheNationalLayer_GivesItsUnitsAndFiguresOnly()
    {
        var built = ProjectBuilder.Build(RepoPaths.Vietnam2025, new ImportOptions { Province = "86" }, TraVinhData.Catalogue);
        var map = built.Project.Map;

        Assert.Equal("Tỉnh Vĩnh Long", Assert.Single(map.Provinces).FullName);
        Assert.Equal(124, map.Communes.Count());
        Assert.Empty(map.Districts);
        Assert.Equal(24, map.Units.Sum(u => u.Doubts.Count));
        Assert.Equal(45_397, map[new UnitCode("29242")].OfficialPopulation!.Value);
        Assert.Equal(15.73, map[new UnitCode("29242")].OfficialArea!.Km2);
        Assert.Equal(new DateOnly(2025, 7, 1), built.Project.Metadata.Baseline);
        Assert.EndsWith("— Tỉnh Vĩnh Long", built.Project.Metadata.DatasetName);
        Assert.DoesNotContain(built.Project.Issues, i => i.Kind is "unknown-code" or "unexpected-level" or "doubt-skipped");
        // The simplified polygons lose at most 0.177 % of a unit's area (README); the full-resolution dataset agrees.
        var full = VinhLong2025Project.Map;
        Assert.All(map.Communes, u => Assert.Equal(full[u.Code].GeodesicAreaKm2!.Value, u.GeodesicAreaKm2!.Value, full[u.Code].GeodesicAreaKm2!.Value * 0.00177));
    }

    [Fact]
    public void Import_OneProvince_TakesItsStoredOutline_WhichIsTheUnionOfItsUnits()
    {
        // The dataset stores each province's outline (provinces/PP.geojson.gz) so that no command dissolves 3,321
        // polygons again; it must stay the union of that province's units as bundled.
        var built = ProjectBuilder.Build(RepoPaths.Vietnam2025, new ImportOptions { Province = "86" }, TraVinhData.Catalogue);
        var map = built.Project.Map;
        var stored = Assert.Single(map.Provinces).Geometry!;
        var union = Boundaries.Core.Coverage.Dissolving.PolygonDissolver.Dissolve(map.Communes.Select(u => u.Geometry!).ToList()).Geometry!;

        Assert.Equal("from the province layer", built.Report.ProvinceGeometry);
        Assert.Equal(0, stored.SymmetricDifference(union).Area, 12);
    }

    [Fact]
    public void Import_UnknownProvince_NamesTheProvincesOfTheDataset()
    {
        var error = Assert.Throws<InputDataException>(() => DatasetImporter.Import(RepoPaths.Vietnam2025, new ImportOptions { Province = "84" }));

        Assert.Contains("--province 84: not a province of this dataset", error.Message);
        Assert.Contains("86 Vĩnh Long", error.Message);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Import_WholeCountry_Gives3321UnitsIn34ProvincesWithTheirDeclaredFigures()
    {
        var built = ProjectBuilder.Build(RepoPaths.Vietnam2025, ImportOptions.Default, TraVinhData.Catalogue);
        var map = built.Project.Map;

        Assert.Equal(34, map.Provinces.Count());
        Assert.Equal(6, map.Provinces.Count(p => p.Type == UnitType.ThanhPhoTrucThuocTrungUong));
        Assert.Equal(3321, map.Communes.Count());
        Assert.Equal(2621, map.Communes.Count(u => u.Type == UnitType.Xa));
        Assert.Equal(687, map.Communes.Count(u => u.Type == UnitType.Phuong));
        Assert.Equal(13, map.Communes.Count(u => u.Type == UnitType.DacKhu));
        Assert.Empty(map.Districts);
        Assert.All(map.Communes, u => Assert.NotNull(u.Geometry));
        Assert.All(map.Provinces, u => Assert.NotNull(u.Geometry));
        Assert.All(map.Units, u => Assert.NotNull(u.OfficialArea));
        Assert.Equal(3319, map.Communes.Count(u => u.OfficialPopulation is not null));
        Assert.Equal(852, map.Units.Sum(u => u.Doubts.Count));
        Assert.Equal(3359.8, map[new UnitCode("01")].OfficialArea!.Km2);
        Assert.Equal(8_718_000, map[new UnitCode("01")].OfficialPopulation!.Value);
    }
}
