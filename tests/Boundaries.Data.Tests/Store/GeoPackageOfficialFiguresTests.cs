using Boundaries.Core.Units;
using Boundaries.Data.Store;
using Boundaries.Data.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Boundaries.Data.Tests.Store;

/// <summary>The 2025 declared figures, their doubts and the baseline date survive a save and a load.</summary>
public class GeoPackageOfficialFiguresTests
{
    [Fact]
    public async Task LoadAsync_AfterSavingVinhLong2025_ReturnsOfficialPopulationsDoubtsAndBaseline()
    {
        using var folder = new TempFolder();
        var store = new GeoPackageProjectStore(folder.File("vinh-long.gpkg"));
        await store.SaveAsync(VinhLong2025Project.Project);

        var loaded = await store.LoadAsync();

        Assert.Equal(new DateOnly(2025, 7, 1), loaded.Metadata.Baseline);
        var before = VinhLong2025Project.Map;
        Assert.All(before.Units, u =>
        {
            var after = loaded.Map[u.Code];
            Assert.Equal(u.OfficialPopulation, after.OfficialPopulation);
            Assert.Equal(u.OfficialArea, after.OfficialArea);
            Assert.Equal(u.Doubts, after.Doubts);
        });
        Assert.Equal(24, loaded.Map.Units.Sum(u => u.Doubts.Count));
        Assert.Equal(3_415, loaded.Map[new UnitCode("29341")].OfficialPopulation!.Value);
    }

    [Fact]
    public async Task LoadAsync_FileWithoutTheNewTables_ReadsWithoutOfficialPopulationsOrDoubts()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.gpkg");
        await new GeoPackageProjectStore(path).SaveAsync(VinhLong2025Project.Project);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = "DELETE FROM gpkg_contents WHERE table_name IN ('official_populations', 'figure_doubts', 'code_crosswalk'); DROP TABLE official_populations; DROP TABLE figure_doubts; DROP TABLE code_crosswalk;";
            drop.ExecuteNonQuery();
        }

        var loaded = await new GeoPackageProjectStore(path).LoadAsync();

        Assert.Equal(125, loaded.Map.Units.Count);
        Assert.All(loaded.Map.Units, u => Assert.Null(u.OfficialPopulation));
        Assert.All(loaded.Map.Units, u => Assert.Empty(u.Doubts));
        Assert.Null(loaded.Crosswalk);
    }
}
