using Boundaries.Data.Store;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Store;

/// <summary>Opens the written file with GDAL, as QGIS would, and checks what GDAL sees.</summary>
[Trait("Category", "Slow")]
public sealed class GeoPackageOgrinfoTests
{
    private static async Task<string> SaveTraVinh(TempFolder folder)
    {
        var file = folder.File("tra-vinh.gpkg");
        await new GeoPackageProjectStore(file).SaveAsync(TraVinhData.Project);
        return file;
    }

    [Fact]
    public async Task Ogrinfo_TraVinhProject_ListsLayersAsMultiPolygonAndAttributeTables()
    {
        using var folder = new TempFolder();
        var file = await SaveTraVinh(folder);

        var result = Ogrinfo.Run(file);

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.Equal("", result.Errors);
        Assert.Contains("using driver `GPKG'", result.Output);
        Assert.Contains(": provinces (Multi Polygon)", result.Output);
        Assert.Contains(": districts (Multi Polygon)", result.Output);
        Assert.Contains(": communes (Multi Polygon)", result.Output);
        Assert.Contains(": unassigned_areas (Multi Polygon)", result.Output);
        Assert.DoesNotContain("population_figures", result.Output, StringComparison.Ordinal);
        Assert.Contains(": official_populations (None)", result.Output);
        Assert.Contains(": figure_doubts (None)", result.Output);
        Assert.Contains(": code_crosswalk (None)", result.Output);
        Assert.Contains(": special_factors (None)", result.Output);
        Assert.Contains(": data_issues (None)", result.Output);
        Assert.Contains(": project_metadata (None)", result.Output);
    }

    [Theory]
    [InlineData("communes", 106)]
    [InlineData("districts", 9)]
    [InlineData("provinces", 1)]
    [InlineData("unassigned_areas", 1)]
    public async Task Ogrinfo_TraVinhLayer_ReportsMultiPolygonWgs84AndFeatureCount(string layer, int count)
    {
        using var folder = new TempFolder();
        var file = await SaveTraVinh(folder);

        var result = Ogrinfo.Run(file, "-so", layer);

        Assert.Equal("", result.Errors);
        Assert.Contains("Geometry: Multi Polygon", result.Output);
        Assert.Contains($"Feature Count: {count}", result.Output);
        Assert.Contains("ID[\"EPSG\",4326]", result.Output);
    }

    [Fact]
    public async Task Ogrinfo_CommunesWithoutPolygon_AreThreeRowsWithNullGeometry()
    {
        using var folder = new TempFolder();
        var file = await SaveTraVinh(folder);

        var result = Ogrinfo.Run(file, "-sql", "SELECT code FROM communes WHERE geom IS NULL ORDER BY code");

        Assert.Equal("", result.Errors);
        Assert.Contains("Feature Count: 3", result.Output);
        Assert.Contains("code (String) = 29512", result.Output);
        Assert.Contains("code (String) = 29513", result.Output);
        Assert.Contains("code (String) = 29516", result.Output);
    }

    [Theory]
    [InlineData("29242", "Phường 3", "Phường", "3499")]
    [InlineData("29263", "Xã Long Đức", "Xã", "21870")]
    public async Task Ogrinfo_Commune_ReadsVietnameseNamesAndFigures(string code, string fullName, string type, string population)
    {
        using var folder = new TempFolder();
        var file = await SaveTraVinh(folder);

        var result = Ogrinfo.Run(file, "communes", "-where", $"code = '{code}'");

        Assert.Equal("", result.Errors);
        Assert.Contains("Feature Count: 1", result.Output);
        Assert.Contains($"full_name (String) = {fullName}", result.Output);
        Assert.Contains($"type (String) = {type}", result.Output);
        Assert.Contains($"population (Integer64) = {population}", result.Output);
        Assert.Contains("MULTIPOLYGON (((", result.Output);
    }
}
