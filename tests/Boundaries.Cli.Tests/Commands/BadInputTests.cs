using Boundaries.Cli.Tests.TestSupport;

namespace Boundaries.Cli.Tests.Commands;

/// <summary>Each kind of broken input gets one clear line, a non-zero exit code, and no output file.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Import_TruncatedGeoJson_OneLineErrorAndNoOutput()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.TraVinh, "communes_mapmaker_c2009.geojson"));
        var input = _temp.File("truncated.geojson");
        File.WriteAllBytes(input, bytes[..40960]);

        var result = Import(input);

        AssertRefused(result, 2, "truncated.geojson", "not valid GeoJSON");
    }

    [Fact]
    public void Import_SelfIntersectingPolygon_NamesFeatureAndRefusesUnlessFixed()
    {
        var input = _temp.File("bowtie.geojson");
        File.WriteAllText(input, """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"ma":"29263","ten":"Xã Long Đức"},
               "geometry":{"type":"Polygon","coordinates":[[[106.30,9.95],[106.34,9.99],[106.34,9.95],[106.30,9.99],[106.30,9.95]]]}}]}
            """);

        var refused = Import(input);
        var fixedResult = BoundariesCommand.Run(_temp.Path, "import", input, "--fix-geometry", "--out", _temp.File("fixed.gpkg"));

        AssertRefused(refused, 2, "bowtie.geojson", "feature 0");
        Assert.Contains("29263", refused.Stderr);
        Assert.Contains("--fix-geometry", refused.Stderr);
        Assert.Equal(0, fixedResult.ExitCode);
        Assert.True(File.Exists(_temp.File("fixed.gpkg")));
    }

    [Fact]
    public void Import_MetresLabelledWgs84_SaysTheFileHoldsProjectedMetres()
    {
        var text = File.ReadAllText(RepoPaths.Fixture("import", "tp-tra-vinh_communes_vn2000_tm3_105-30.geojson"));
        var input = _temp.File("mislabelled.geojson");
        File.WriteAllText(input, System.Text.RegularExpressions.Regex.Replace(text, "urn:ogc:def:crs:EPSG::\\d+", "urn:ogc:def:crs:EPSG::4326"));

        var result = Import(input);

        AssertRefused(result, 2, "mislabelled.geojson", "projected metres but declares EPSG:4326");
    }

    [Fact]
    public void Import_ShapefileWithoutPrj_AsksForTheCrs()
    {
        foreach (var ext in new[] { ".shp", ".shx", ".dbf", ".cpg" })
        {
            File.Copy(RepoPaths.Fixture("import", "tp-tra-vinh_communes_vn2000_tm3_105-30" + ext), _temp.File("noprj" + ext));
        }

        var result = Import(_temp.File("noprj.shp"));

        AssertRefused(result, 2, "noprj", ".prj");
    }

    [Fact]
    public void Import_UnitFactsWithUnclosedQuote_OneLineErrorNamingTheFile()
    {
        var dataset = Directory.CreateDirectory(_temp.File("dataset")).FullName;
        foreach (var file in Directory.GetFiles(RepoPaths.TraVinh))
        {
            File.Copy(file, Path.Combine(dataset, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(dataset, "unit-facts.csv"), "code,kind,value,year,reason,source,status\n84,region,other,,\"no closing quote,s,confirmed\n");

        var result = Import(dataset);

        AssertRefused(result, 2, "unit-facts.csv", "line 2");
    }

    [Fact]
    public void Import_NoCodeField_NamesTheFieldsFoundAndTheOptionToUse()
    {
        var input = _temp.File("nocode.geojson");
        File.WriteAllText(input, """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"foo":"x"},
             "geometry":{"type":"Polygon","coordinates":[[[106.30,9.95],[106.34,9.95],[106.34,9.99],[106.30,9.99],[106.30,9.95]]]}}]}
            """);

        var result = Import(input);

        AssertRefused(result, 2, "nocode.geojson", "no unit code field found among foo; name it with --code-field FIELD");
    }

    [Fact]
    public void Import_MissingSource_ExitCodeNotFound()
    {
        var result = Import(_temp.File("nowhere.geojson"));

        AssertRefused(result, 3, "nowhere.geojson", "");
    }

    [Fact]
    public void Units_UnknownType_UsageError()
    {
        var result = BoundariesCommand.Run(_temp.Path, "units", RepoPaths.TraVinh, "--type", "ward");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--type ward", result.Stderr);
    }

    public void Dispose() => _temp.Dispose();

    private BoundariesProcess.Result Import(string input) =>
        BoundariesCommand.Run(_temp.Path, "import", input, "--out", _temp.File("out.gpkg"));

    private void AssertRefused(BoundariesProcess.Result result, int exitCode, string file, string problem)
    {
        Assert.Equal(exitCode, result.ExitCode);
        var last = result.Stderr.TrimEnd().Split('\n')[^1];
        Assert.StartsWith("boundaries: ", last);
        Assert.Contains(file, last);
        Assert.Contains(problem, result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(File.Exists(_temp.File("out.gpkg")), "no output file may be left");
        Assert.Empty(Directory.GetFiles(_temp.Path, "*.tmp", SearchOption.AllDirectories));
    }
}
