using Boundaries.Data.Import.Manifest;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Import.Manifest;

public class DatasetManifestTests
{
    [Fact]
    public void Load_TraVinhFolder_ReadsEveryPart()
    {
        var manifest = DatasetManifest.Load(RepoPaths.TraVinh);

        Assert.Equal("84", manifest.Province?.Code);
        Assert.Equal("commune_code", manifest.Units.Fields.Code);
        Assert.Equal("district_code", manifest.Units.Fields.DistrictCode);
        Assert.Equal(["communes", "districts"], manifest.Layers.Select(l => l.Role));
        Assert.Equal("x_gso2023_commune_code", manifest.Layers[0].Fields.Code);
        var join = Assert.Single(manifest.Joins);
        Assert.Equal(2019, join.Year);
        Assert.Equal("population_total", join.Population);
        var unassigned = Assert.Single(manifest.Unassigned);
        Assert.Equal("Thị trấn Duyên Hải", unassigned.Match["name"]);
        Assert.Equal(["29512", "29516"], unassigned.Covers);
        Assert.Equal(3, manifest.MissingGeometry.Count);
        Assert.Equal(Path.Combine(RepoPaths.TraVinh, "population_census_2019.csv"), manifest.Resolve(join.File));
    }

    [Fact]
    public void Load_MisspelledMember_ThrowsNamingIt()
    {
        using var temp = new TempFolder();
        temp.Write("dataset.json", """{ "units": { "file": "u.csv", "feilds": { "code": "c", "name": "n" } } }""");

        var ex = Assert.Throws<InputDataException>(() => DatasetManifest.Load(temp.Path));

        Assert.StartsWith($"{temp.File("dataset.json")}: not a valid dataset manifest: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("feilds", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownRole_ThrowsNamingTheLayer()
    {
        using var temp = new TempFolder();
        temp.Write("dataset.json", """
            { "units": { "file": "u.csv", "fields": { "code": "c", "name": "n" } },
              "layers": [ { "role": "wards", "file": "w.geojson", "fields": { "code": "ma" } } ] }
            """);

        var ex = Assert.Throws<InputDataException>(() => DatasetManifest.Load(temp.Path));

        Assert.Equal($"{temp.File("dataset.json")}: layers[0]: role 'wards' is not one of communes, districts, province", ex.Message);
    }

    [Fact]
    public void Load_PopulationWithoutYear_Throws()
    {
        using var temp = new TempFolder();
        temp.Write("dataset.json", """
            { "units": { "file": "u.csv", "fields": { "code": "c", "name": "n" } },
              "joins": [ { "file": "p.csv", "key": "ma", "population": "dan_so", "source": "GSO" } ] }
            """);

        var ex = Assert.Throws<InputDataException>(() => DatasetManifest.Load(temp.Path));

        Assert.Equal($"{temp.File("dataset.json")}: joins[0]: a population column needs \"year\" and \"source\"", ex.Message);
    }

    [Fact]
    public void Load_FolderWithoutManifest_Throws()
    {
        using var temp = new TempFolder();

        var ex = Assert.Throws<InputDataException>(() => DatasetManifest.Load(temp.Path));

        Assert.Equal($"{temp.File("dataset.json")}: no dataset.json in the folder", ex.Message);
    }
}
