using Boundaries.Cli.Tests.TestSupport;

namespace Boundaries.Cli.Tests.Commands;

public sealed class ExportCommandTests(TraVinhProject project) : IClassFixture<TraVinhProject>
{
    [Theory]
    [InlineData("geojson", "communes.geojson")]
    [InlineData("gpkg", "communes.gpkg")]
    [InlineData("shp", "communes.shp")]
    [InlineData("kml", "communes.kml")]
    [InlineData("csv", "communes.csv")]
    public void Export_EvaluatedCommunes_WritesEveryFormat(string format, string file)
    {
        var path = Path.Combine(project.Folder, $"{format}-{file}");

        var result = BoundariesCommand.Run(project.Folder, "export", project.Path, "--evaluate", "--as-of", "2023-06-13", "--format", format, "--out", path);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(File.Exists(path));
        Assert.Contains("layer 'communes', 106 features (3 without polygon), 18 fields", result.Stdout);
    }

    [Fact]
    public void Export_Nq1277Scenario_HasTheMergedWardAndAChangedField()
    {
        var path = Path.Combine(project.Folder, "nq1277.csv");
        var scenario = Path.Combine(RepoPaths.Root, "data", "scenarios", "nq1277-2024-tp-tra-vinh.json");

        var result = BoundariesCommand.Run(project.Folder, "export", project.Path, "--scenario", scenario, "--evaluate", "--out", path);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = File.ReadAllLines(path);
        Assert.Equal(105, lines.Length);
        Assert.EndsWith(",changed,lon,lat", lines[0]);
        var phuong3 = lines.Single(l => l.StartsWith("29242,", StringComparison.Ordinal));
        Assert.Contains("Phường 3", phuong3);
        Assert.Contains("2025-01-01", phuong3);
        Assert.Contains("\"population, area, boundary\"", phuong3);
        Assert.DoesNotContain(lines, l => l.StartsWith("29245,", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_FormatAndExtensionDisagree_ExitsOne()
    {
        var result = BoundariesCommand.Run(project.Folder, "export", project.Path, "--format", "shp", "--out", Path.Combine(project.Folder, "x.geojson"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--format shp writes a file ending in .shp", result.Stderr);
    }

    [Fact]
    public void Export_AsOfWithoutEvaluate_ExitsOne()
    {
        var result = BoundariesCommand.Run(project.Folder, "export", project.Path, "--as-of", "2023-06-13", "--out", Path.Combine(project.Folder, "y.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("add --evaluate", result.Stderr);
    }
}
