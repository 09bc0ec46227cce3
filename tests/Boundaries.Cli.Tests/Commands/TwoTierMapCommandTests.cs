using Boundaries.Cli.Tests.TestSupport;

namespace Boundaries.Cli.Tests.Commands;

/// <summary>The commands on today's two-tier map: one province of the national layer, the simplify tool, no district level.</summary>
public sealed class TwoTierMapCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Import_OneProvinceOfTheNationalLayer_WritesItsUnitsAndInfoShowsTheBaseline()
    {
        var project = _folder.File("vinh-long.gpkg");

        var import = BoundariesProcess.Run(_folder.Path, "import", RepoPaths.Vietnam2025, "--province", "86", "--out", project);
        var info = BoundariesProcess.Run(_folder.Path, "info", project);
        var units = BoundariesProcess.Run(_folder.Path, "units", project, "--district", "86");

        Assert.Equal(0, import.ExitCode);
        Assert.DoesNotContain("Huyện", import.Stdout);
        Assert.Contains("│ Xã   │    124 │          124 │       124 │", import.Stdout);
        Assert.Contains("Bản đồ hành chính ngày 01/07/2025 (hai cấp: tỉnh, xã (không có cấp huyện))", info.Stdout);
        Assert.Equal(1, units.ExitCode);
        Assert.Contains("this map has no district level", units.Stderr);
    }

    [Fact]
    public void Evaluate_DongNaiAfter30April2026_AppliesTheDatedChange_AndBeforeItDoesNot()
    {
        var project = _folder.File("dong-nai.gpkg");
        Assert.Equal(0, BoundariesProcess.Run(_folder.Path, "import", RepoPaths.Vietnam2025, "--province", "75", "--out", project).ExitCode);

        var info = BoundariesProcess.Run(_folder.Path, "info", project);
        var today = BoundariesProcess.Run(_folder.Path, "evaluate", project, "--as-of", "2026-12-04", "--level", "province");
        var before = BoundariesProcess.Run(_folder.Path, "evaluate", project, "--as-of", "2026-04-29", "--format", "csv");
        var after = BoundariesProcess.Run(_folder.Path, "evaluate", project, "--as-of", "2026-12-04", "--format", "csv");

        Assert.Contains("Thay đổi sau đó (áp dụng từ ngày có hiệu lực): Nghị quyết số 30/2026/QH16, Nghị quyết số 237/NQ-UBTVQH16 (từ 30/04/2026)", info.Stdout);
        Assert.Contains("hiện trạng ngày 01/07/2025 và 01 thay đổi có hiệu lực: Nghị quyết số 30/2026/QH16", info.Stdout);
        Assert.Contains("│ Phường                          │       33 │", info.Stdout);
        Assert.Equal(0, today.ExitCode);
        Assert.Contains("Bản đồ ngày 04/12/2026: hiện trạng ngày 01/07/2025 và 01 thay đổi có hiệu lực", today.Stdout);
        Assert.Contains("Thành phố Đồng Nai", today.Stdout);
        Assert.Contains("25270,Xã Lộc Ninh,xa,75,67.4,224.67,32213,201.33,true", before.Stdout);
        Assert.Contains("25270,Phường Lộc Ninh,phuong,75,67.4,1225.45,32213,153.4,true", after.Stdout);
    }

    [Fact]
    public void UnitsAndExport_DongNai_ShowTodaysMap_WithTheDatedChangeApplied()
    {
        // Every command works on the map of today, not only evaluate: since 30/04/2026 Đồng Nai is a city with 33 phường
        // (23 of 1 July 2025 and ten xã made phường by NQ 237/NQ-UBTVQH16); the project keeps the baseline apart.
        var project = _folder.File("dong-nai.gpkg");
        var layer = _folder.File("dong-nai.geojson");
        Assert.Equal(0, BoundariesProcess.Run(_folder.Path, "import", RepoPaths.Vietnam2025, "--province", "75", "--out", project).ExitCode);

        var wards = BoundariesProcess.Run(_folder.Path, "units", project, "--type", "phuong", "--format", "csv");
        var export = BoundariesProcess.Run(_folder.Path, "export", project, "--format", "geojson", "--out", layer);

        Assert.Equal(0, wards.ExitCode);
        Assert.Equal(33, wards.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
        Assert.Contains("25270,Phường Lộc Ninh,Phường,75,32213,", wards.Stdout);
        Assert.Equal(0, export.ExitCode);
        var exported = File.ReadAllText(layer);
        Assert.Contains("Phường Lộc Ninh", exported);
        Assert.DoesNotContain("Xã Lộc Ninh", exported);
        Assert.Contains("Thành phố Đồng Nai", BoundariesProcess.Run(_folder.Path, "units", project, "--type", "thanh-pho-truc-thuoc-tw", "--format", "csv").Stdout);
    }

    [Fact]
    public void Simplify_VinhLongFullResolution_WritesTheLayerAndReportsVerticesAndAreaChange()
    {
        var output = _folder.File("out");
        var report = _folder.File("report.csv");

        var result = BoundariesProcess.Run(_folder.Path, "simplify", Path.Combine(RepoPaths.VinhLong2025, "wards_sapnhap_2025.geojson.gz"),
            "--tolerance", "10", "--out", output, "--report", report);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("124 polygons at 10 m: 190,311 →", result.Stdout);
        Assert.True(File.Exists(Path.Combine(output, "wards_sapnhap_2025.geojson.gz")));
        Assert.Equal(125, File.ReadAllLines(report).Length);
        Assert.StartsWith("code,vertices_before,vertices_after,area_before_km2,area_after_km2,relative_area_change", File.ReadAllLines(report)[0]);
    }

    public void Dispose() => _folder.Dispose();
}
