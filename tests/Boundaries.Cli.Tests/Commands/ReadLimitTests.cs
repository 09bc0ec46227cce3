using Boundaries.Cli.Tests.TestSupport;
using static Boundaries.Cli.Tests.Corpus.GeoJsonText;

namespace Boundaries.Cli.Tests.Commands;

/// <summary>The read limits of import bound every command that reads a raw dataset, and the same options raise them.</summary>
public sealed class ReadLimitTests
{
    [Fact]
    public void Evaluate_DatasetOverTheDefaultFeatureLimit_RefusedNamingTheLimitAndTheOption()
    {
        using var temp = new TempFolder();
        var path = temp.Write("many.geojson", Collection([.. Enumerable.Repeat(Feature(Phuong3, "null"), 120_001)]));

        var result = BoundariesCommand.Run(temp.Path, "evaluate", path, "--as-of", "2023-06-13");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"boundaries: {path}: more than 120000 features: refused before reading further (raise the limit with --max-features N)", result.Stderr.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void Evaluate_MaxVerticesLowered_RefusedNamingTheFeature()
    {
        using var temp = new TempFolder();
        var path = temp.Write("two.geojson", TwoWards());

        var result = BoundariesCommand.Run(temp.Path, "evaluate", path, "--as-of", "2023-06-13", "--max-vertices", "4");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("feature 0 has 5 vertices, more than 4 (raise the limit with --max-vertices N)", result.Stderr);
    }

    [Fact]
    public void Units_MaxFeaturesRaisedOrLowered_TheSameOptionAsImport()
    {
        using var temp = new TempFolder();
        var path = temp.Write("two.geojson", TwoWards());

        Assert.Equal(2, BoundariesCommand.Run(temp.Path, "units", path, "--max-features", "1").ExitCode);
        Assert.Equal(0, BoundariesCommand.Run(temp.Path, "units", path, "--max-features", "2").ExitCode);
        Assert.Equal(1, BoundariesCommand.Run(temp.Path, "units", path, "--max-features", "0").ExitCode);
    }
}
