using Boundaries.Cli.Tests.TestSupport;

namespace Boundaries.Cli.Tests.Commands;

/// <summary><c>boundaries crosswalk</c> on the bundled 2025 Vĩnh Long with the 2023 Trà Vinh project as the map before the reform.</summary>
public sealed class CrosswalkCommandTests(TraVinhProject before) : IClassFixture<TraVinhProject>
{
    [Fact]
    public void Crosswalk_OldXaLongKhanh_BecameWhollyPartOfXaLongThanhWithFiguresOnBothSides()
    {
        var result = BoundariesProcess.Run(before.Folder, "crosswalk", RepoPaths.VinhLong2025, "--old", "29521", "--before", before.Path, "--format", "csv");
        var row = result.Stdout.Split('\n')[1];

        Assert.Equal(0, result.ExitCode);
        // Old side: the 2023 map (polygon area on the ellipsoid, 2019 census); new side: the declared 2025 figures.
        Assert.StartsWith("29521,Xã Long Khánh,Tỉnh Trà Vinh,53.3792", row);
        Assert.Contains(",6560,", row);
        Assert.Contains(",full,29513,Xã Long Thành,51.51,", row);
        Assert.Contains(",15429,", row);
    }

    [Fact]
    public void Crosswalk_NewPhuongTraVinh_ListsTheThreeOldPhuongItWasMadeOf()
    {
        var result = BoundariesProcess.Run(before.Folder, "crosswalk", RepoPaths.VinhLong2025, "--new", "29242", "--before", before.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Phường Trà Vinh (29242) từ ngày 01/07/2025 được hình thành từ 3 đơn vị cũ:", result.Stdout);
        Assert.Contains("Phường 9", result.Stdout);
        Assert.Contains("Cộng các đơn vị cũ (toàn bộ): diện tích 14,23 km², dân số 27.602 người.", result.Stdout);
        Assert.Contains("bản đồ ngày 10/04/2023", result.Stdout);
    }

    [Fact]
    public void Crosswalk_OldCodeThatCeasedBeforeTheReform_IsOneLineAndExitCode1()
    {
        var result = BoundariesProcess.Run(before.Folder, "crosswalk", RepoPaths.VinhLong2025, "--old", "29245");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("boundaries: --old 29245: no row of the crosswalk has this old code (a unit that had already ceased before the reform, or of another province)", result.Stderr.Trim());
    }
}
