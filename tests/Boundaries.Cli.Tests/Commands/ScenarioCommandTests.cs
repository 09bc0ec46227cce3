using System.Globalization;
using Boundaries.Cli.Tests.TestSupport;

namespace Boundaries.Cli.Tests.Commands;

public sealed class ScenarioCommandTests(TraVinhProject project) : IClassFixture<TraVinhProject>
{
    private static string Scenario(string name) => Path.Combine(RepoPaths.Root, "data", "scenarios", name);

    [Fact]
    public void Apply_Nq1277_WritesEveryOutputWithTheNewPhuong3()
    {
        var folder = Path.Combine(project.Folder, "nq1277");

        var result = BoundariesCommand.Run(project.Folder, "scenario", "apply", project.Path, Scenario("nq1277-2024-tp-tra-vinh.json"), "--out", folder);

        Assert.Equal(0, result.ExitCode);
        foreach (var file in new[] { "units.csv", "changes.csv", "codes.csv", "evaluation.csv", "result.gpkg" })
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), file);
        }

        var units = File.ReadAllLines(Path.Combine(folder, "units.csv"));
        Assert.StartsWith("code,name,type,parent_code,population,area_km2", units[0]);
        Assert.Equal(104, units.Count(l => l.Split(',')[2] is "Xã" or "Phường" or "Thị trấn"));
        var phuong3 = units.Single(l => l.StartsWith("29242,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(1.47, double.Parse(phuong3[5], CultureInfo.InvariantCulture), 1.47 * 0.03);
        Assert.Contains("hợp nhất 3 đơn vị", result.Stdout);
        Assert.Contains("1.009.168 → 1.009.168", result.Stdout);
    }

    [Fact]
    public void Apply_Nq728_FlagsTheDeclaredFigures()
    {
        var folder = Path.Combine(project.Folder, "nq728");

        var result = BoundariesCommand.Run(project.Folder, "scenario", "apply", project.Path, Scenario("nq728-2023-long-khanh-ngu-lac.json"), "--out", folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("declared: 3,13 km², 490 người", result.Stdout);
        var changes = File.ReadAllText(Path.Combine(folder, "changes.csv"));
        Assert.Contains("declared figures — no published polygon", changes);
    }

    [Fact]
    public void Validate_ExpansionAgainstProject_EveryCheckPasses()
    {
        var result = BoundariesCommand.Run(project.Folder, "scenario", "validate", Scenario("tp-tra-vinh-expansion.json"), "--project", project.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("every check passed after each of the 3 operation(s)", result.Stdout);
    }

    [Fact]
    public void Validate_MergeOfDistantUnits_RefusedNamingOperationAndUnit()
    {
        var file = Path.Combine(project.Folder, "distant.json");
        File.WriteAllText(file, """
            {"baseline":{"dataset":"tra-vinh"},"title":"test: two communes far apart",
             "operations":[{"op":"merge","units":["29245","29263"],"into":{"code":"29245","name":"Phường 2","type":"phuong"}}]}
            """);

        var result = BoundariesCommand.Run(project.Folder, "scenario", "validate", file, "--project", project.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("thao tác 1 (merge)", result.Stderr);
    }

    [Fact]
    public void Suggest_Phuong2_RanksPhuong7First()
    {
        var result = BoundariesCommand.Run(project.Folder, "scenario", "suggest", project.Path, "--unit", "29245", "--as-of", "2023-06-13");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"│ 1 │ Phường 7 \(29254\)", result.Stdout);
    }

    [Fact]
    public void Diff_TwoScenarios_ShowsRemovedAndAddedOperations()
    {
        var result = BoundariesCommand.Run(project.Folder, "scenario", "diff", Scenario("nq1277-2024-tp-tra-vinh.json"), Scenario("tp-tra-vinh-expansion.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("- 1. Nhập 29245, 29242, 29251 → Phường 3 (mã 29242)", result.Stdout);
        Assert.Contains("+ 1. Chuyển 29395 về 842", result.Stdout);
    }
}
