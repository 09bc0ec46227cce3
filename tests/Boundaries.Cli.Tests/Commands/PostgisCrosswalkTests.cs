using Boundaries.Cli.Tests.TestSupport;
using Boundaries.Data.Tests.Store.Postgis;

namespace Boundaries.Cli.Tests.Commands;

/// <summary>The bundled 2025 Vĩnh Long, with its code crosswalk, imported by the program into a GeoPackage and into a PostGIS schema.</summary>
public sealed class PostgisVinhLong2025 : IDisposable
{
    private readonly TempFolder _folder = new();

    public PostgisVinhLong2025()
    {
        if (PostgisTestDatabase.Server is null && Environment.GetEnvironmentVariable("BOUNDARIES_REQUIRE_PG") != "1")
        {
            return;
        }

        File = _folder.File("vinh-long-2025.gpkg");
        Database = new PostgisTestDatabase("cw");
        Assert.Equal(0, BoundariesCommand.Run(_folder.Path, "import", RepoPaths.VinhLong2025, "--out", File).ExitCode);
        Assert.Equal(0, BoundariesCommand.Run(_folder.Path, "import", RepoPaths.VinhLong2025, "--out", Database.Address).ExitCode);
    }

    public string File { get; } = null!;

    public PostgisTestDatabase? Database { get; }

    internal string Folder => _folder.Path;

    public void Dispose()
    {
        Database?.Dispose();
        _folder.Dispose();
    }
}

/// <summary><c>boundaries crosswalk</c> answers the same from a shared project as from the GeoPackage: the crosswalk is stored in both.</summary>
[Trait("Category", "Slow")]
public sealed class PostgisCrosswalkTests(PostgisVinhLong2025 projects) : IClassFixture<PostgisVinhLong2025>
{
    [PostgisFact]
    public void Crosswalk_OldXaLongKhanh_FromPostgis_IsTheGeoPackagesAnswer()
    {
        var fromFile = BoundariesCommand.Run(projects.Folder, "crosswalk", projects.File, "--old", "29521", "--format", "csv");
        var fromDatabase = BoundariesCommand.Run(projects.Folder, "crosswalk", projects.Database!.Address, "--old", "29521", "--format", "csv");

        Assert.Equal((0, ""), (fromDatabase.ExitCode, fromDatabase.Stderr));
        Assert.Contains(",full,29513,Xã Long Thành,51.51,", fromFile.Stdout, StringComparison.Ordinal);
        Assert.Equal(fromFile.Stdout, fromDatabase.Stdout);
    }

    [PostgisFact]
    public void Crosswalk_NewPhuongTraVinh_FromPostgis_IsTheGeoPackagesTable()
    {
        var fromFile = BoundariesCommand.Run(projects.Folder, "crosswalk", projects.File, "--new", "29242");
        var fromDatabase = BoundariesCommand.Run(projects.Folder, "crosswalk", projects.Database!.Address, "--new", "29242");

        Assert.Equal(0, fromDatabase.ExitCode);
        Assert.Contains("Phường Trà Vinh (29242) từ ngày 01/07/2025 được hình thành từ 3 đơn vị cũ:", fromDatabase.Stdout, StringComparison.Ordinal);
        Assert.Equal(fromFile.Stdout, fromDatabase.Stdout);
    }
}
