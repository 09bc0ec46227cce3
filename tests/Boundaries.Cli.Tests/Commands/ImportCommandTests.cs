using Boundaries.Cli.Tests.TestSupport;

namespace Boundaries.Cli.Tests.Commands;

public sealed class ImportCommandTests(TraVinhProject project) : IClassFixture<TraVinhProject>
{
    [Fact]
    public void Import_BundledTraVinh_WritesProjectWithCountsAndQaSummary()
    {
        var result = project.Import;

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(project.Path));
        Assert.Matches(@"Xã\s*│\s*106\s*│\s*103\s*│\s*106\s*│\s*1\.009\.168", result.Stdout);
        Assert.Matches(@"Huyện\s*│\s*9\s*│\s*9", result.Stdout);
        Assert.Contains("Coverage QA (communes): 104 units: 220 gaps", result.Stdout);
        Assert.Empty(Directory.GetFiles(project.Folder, "*.tmp"));
    }

    [Fact]
    public void Import_ProjectFile_OpensInGdalWithEveryLayer()
    {
        var info = Ogrinfo.Run(project.Path, "-so", "-al").Output;

        Assert.Contains("Layer name: communes", info);
        Assert.Contains("Layer name: districts", info);
        Assert.Contains("Layer name: provinces", info);
        Assert.Matches(@"Layer name: communes[\s\S]*?Geometry: Multi Polygon\s+Feature Count: 106", info);
        Assert.Matches(@"Layer name: districts[\s\S]*?Geometry: Multi Polygon\s+Feature Count: 9\b", info);
    }

    [Fact]
    public void Import_ProjectFile_GdalReadsVietnameseNamesAndAreas()
    {
        var info = Ogrinfo.Run(project.Path, "-sql", "SELECT name, area_km2, population FROM communes WHERE code = '29263'").Output;

        Assert.Contains("Long Đức", info);
        Assert.Contains("population (Integer", info.Replace("Integer64", "Integer"));
        Assert.Contains("21870", info);
    }

    [Fact]
    public void Import_SingleShapefileInVn2000Tm3_LandsInTraVinhWithCorrectAreas()
    {
        using var temp = new TempFolder();
        var target = temp.File("tp.gpkg");

        var result = BoundariesCommand.Run(temp.Path, "import", RepoPaths.Fixture("import", "tp-tra-vinh_communes_vn2000_tm3_105-30.shp"), "--out", target);
        var units = BoundariesCommand.Run(temp.Path, "units", target, "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("EPSG:9209", result.Stdout);
        Assert.Matches(@"\n29263,Xã Long Đức,Xã,[^,]*,[^,]*,38\.76", units.Stdout);
    }
}
