using System.Diagnostics;
using System.Security.Cryptography;
using Boundaries.Cli.Tests.TestSupport;
using CsCheck;

namespace Boundaries.Cli.Tests.Commands;

/// <summary>
/// SIGKILL at a random moment of import, export (one file, or a Shapefile's five), scenario apply and dossier: afterwards the output is the previous one,
/// byte for byte, or the new one complete, never a mix; the next run cleans what the killed one left.
/// </summary>
[Trait("Category", "Slow")]
public sealed class KillPropertyTests(TraVinhProject project) : IClassFixture<TraVinhProject>
{
    private static readonly string Nq1277 = RepoPaths.Scenario("nq1277-2024-tp-tra-vinh.json");
    private static readonly string Nq728 = RepoPaths.Scenario("nq728-2023-long-khanh-ngu-lac.json");

    [Fact]
    public void Import_KilledAnywhere_PreviousProjectOrNewComplete() =>
        Check(["import", Path.Combine(RepoPaths.Fixture("import"), "tp-tra-vinh_communes_vn2000_tm3_105-30.geojson"), "--out", "out.gpkg"],
              ["import", RepoPaths.TraVinh, "--out", "out.gpkg"], "out.gpkg");

    [Fact]
    public void Export_KilledAnywhere_PreviousLayerOrNewComplete() =>
        Check(["export", project.Path, "--level", "district", "--out", "out.gpkg"], ["export", project.Path, "--level", "all", "--out", "out.gpkg"], "out.gpkg");

    [Fact]
    public void ExportShapefile_KilledAnywhere_PreviousPartsOrNewComplete() =>
        Check(["export", project.Path, "--level", "district", "--out", "out.shp"], ["export", project.Path, "--level", "all", "--out", "out.shp"], "out.shp");

    [Fact]
    public void ScenarioApply_KilledAnywhere_PreviousFolderOrNewComplete() =>
        Check(["scenario", "apply", project.Path, Nq728, "--out", "out"], ["scenario", "apply", project.Path, Nq1277, "--out", "out"], "out");

    [Fact]
    public void Dossier_KilledAnywhere_PreviousFolderOrNewComplete() =>
        Check(["dossier", project.Path, Nq728, "--out", "out", "--as-of", "2023-06-13"], ["dossier", project.Path, Nq1277, "--out", "out", "--as-of", "2023-06-13"], "out");

    private static void Check(string[] previous, string[] next, string output)
    {
        using var temp = new TempFolder();
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, BoundariesProcess.Run(temp.Path, next).ExitCode);
        var complete = Hashes(temp.File(output));
        var fullRun = clock.Elapsed;
        Assert.Equal(0, BoundariesProcess.Run(temp.Path, previous).ExitCode);
        var before = Hashes(temp.File(output));

        Gen.Double[0, 1].Sample(fraction =>
        {
            using (var run = new RunningBoundaries(temp.Path, next))
            {
                Thread.Sleep(fullRun * fraction);
                run.Signal("KILL");
            }

            var after = Hashes(temp.File(output));
            var intact = after.Count == before.Count && after.All(f => before.TryGetValue(f.Key, out var h) && h == f.Value);
            // A file the two runs write alike (a Shapefile's .prj) may be either; every other one must be new.
            var whole = after.Keys.ToHashSet().SetEquals(complete.Keys)
                && after.All(f => !before.TryGetValue(f.Key, out var h) || h != f.Value || complete[f.Key] == f.Value);
            Assert.True(intact || whole, $"killed at {fraction:P0} of the run: {string.Join(", ", after.Keys)} is neither the previous output nor the new one complete");

            // Back to the previous output for the next sample, which also cleans the killed run's temporaries.
            Assert.Equal(0, BoundariesProcess.Run(temp.Path, previous).ExitCode);
            Assert.Empty(Directory.GetFileSystemEntries(temp.Path, ".*"));
            before = Hashes(temp.File(output));
        }, iter: 6, threads: 1);
    }

    private static Dictionary<string, string> Hashes(string path)
    {
        if (path.EndsWith(".shp", StringComparison.Ordinal))
        {
            return new[] { ".shp", ".shx", ".dbf", ".prj", ".cpg" }.Select(e => Path.ChangeExtension(path, e)).Where(File.Exists)
                .ToDictionary(f => Path.GetFileName(f), Hash);
        }

        if (File.Exists(path))
        {
            return new() { [Path.GetFileName(path)] = Hash(path) };
        }

        return Directory.Exists(path)
            ? Directory.GetFiles(path).ToDictionary(f => Path.GetFileName(f), Hash)
            : [];
    }

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
}
