using Boundaries.Data.Store;
using Boundaries.Data.Store.Postgis;
using Boundaries.Data.Tests.TestSupport;
using Npgsql;

namespace Boundaries.Data.Tests.Store.Postgis;

public sealed class PostgisProjectStoreTests
{
    [PostgisFact]
    public async Task LoadAsync_AfterSavingTraVinh_GivesExactlyWhatTheGeoPackageGives()
    {
        using var database = new PostgisTestDatabase();

        var (fromFile, fromDatabase) = await SavedAndLoaded(TraVinhData.Project, database);

        Assert.Equal(fromFile.Metadata.DatasetName, fromDatabase.Metadata.DatasetName);
        Assert.Equal(fromFile.Metadata.CreatedAt, fromDatabase.Metadata.CreatedAt);
        Assert.Equal(fromFile.Metadata.Sources, fromDatabase.Metadata.Sources);
        Assert.Equal(fromFile.Metadata.UnitsAsOf, fromDatabase.Metadata.UnitsAsOf);
        Assert.Equal(fromFile.Issues.Select(i => i.ToString()), fromDatabase.Issues.Select(i => i.ToString()));
        Assert.Equal(fromFile.Map.Units.Select(u => u.Code), fromDatabase.Map.Units.Select(u => u.Code));
        foreach (var (expected, actual) in fromFile.Map.Units.Zip(fromDatabase.Map.Units))
        {
            Assert.Equal(
                (expected.Name, expected.FullName, expected.Type, expected.ParentCode, expected.Population, expected.OfficialPopulation, expected.OfficialArea, expected.Region, expected.GeometryStatus, expected.GeometryNote),
                (actual.Name, actual.FullName, actual.Type, actual.ParentCode, actual.Population, actual.OfficialPopulation, actual.OfficialArea, actual.Region, actual.GeometryStatus, actual.GeometryNote));
            Assert.Equal(expected.SpecialFactors, actual.SpecialFactors);
            Assert.Equal(expected.Geometry is null, actual.Geometry is null);
            Assert.True(expected.Geometry is null || expected.Geometry.EqualsExact(actual.Geometry, 0), $"polygon of {expected}: coordinates differ");
            Assert.Equal(expected.GeodesicAreaKm2, actual.GeodesicAreaKm2);
        }

        Assert.Equal(fromFile.Map.Unassigned.Count, fromDatabase.Map.Unassigned.Count);
        Assert.All(fromFile.Map.Unassigned.Zip(fromDatabase.Map.Unassigned), p => Assert.True(p.First.Geometry.EqualsExact(p.Second.Geometry, 0)));
    }

    [PostgisFact]
    public async Task LoadAsync_AfterSavingVinhLong2025_KeepsTheCodeCrosswalkAsTheGeoPackageDoes()
    {
        using var database = new PostgisTestDatabase();

        var (file, shared) = await SavedAndLoaded(VinhLong2025Project.Project, database);
        var (fromFile, fromDatabase) = (file.Crosswalk!, shared.Crosswalk!);

        Assert.Equal(fromFile.Rows.Count, fromDatabase.Rows.Count);
        Assert.Equal(fromFile.Rows, fromDatabase.Rows);
        Assert.Equal((fromFile.Source, fromFile.NewBaseline), (fromDatabase.Source, fromDatabase.NewBaseline));
        Assert.Equal(fromFile.Rows.Count, Convert.ToInt32(database.Scalar("SELECT count(*) FROM code_crosswalk"), System.Globalization.CultureInfo.InvariantCulture));
        // xã Long Khánh (29521) of Trà Vinh became wholly part of xã Long Thành (29513).
        Assert.Contains(fromDatabase.Successors("29521"), r => r.NewCode.Value == "29513" && r.Share == Core.Units.CrosswalkShare.Full);
    }

    [PostgisFact]
    public async Task LoadAsync_AfterSavingVinhLong2025_KeepsOfficialPopulationsAndTheDoubtsOnThem()
    {
        using var database = new PostgisTestDatabase();
        var postgis = new PostgisProjectStore(database.Location);

        await postgis.SaveAsync(VinhLong2025Project.Project);
        var fromDatabase = await postgis.LoadAsync();

        // The 2025 declared figures and the 24 measured doubts of Vĩnh Long, as the GeoPackage keeps them.
        Assert.Equal(24, fromDatabase.Map.Units.Sum(u => u.Doubts.Count));
        foreach (var (expected, actual) in VinhLong2025Project.Map.Units.Zip(fromDatabase.Map.Units))
        {
            Assert.Equal(expected.OfficialPopulation, actual.OfficialPopulation);
            Assert.Equal(expected.Doubts, actual.Doubts);
        }
    }

    [PostgisFact]
    public async Task SaveAsync_MakesLayersGisToolsRecognise_MultiPolygon4326WithSpatialIndexAndRecordedMigrations()
    {
        using var database = new PostgisTestDatabase();

        await new PostgisProjectStore(database.Location).SaveAsync(TraVinhData.Project);

        Assert.Equal(106L, database.Scalar("SELECT count(*) FROM communes"));
        Assert.Equal(103L, database.Scalar("SELECT count(geom) FROM communes"));
        Assert.Equal(4L, database.Scalar($"SELECT count(*) FROM geometry_columns WHERE f_table_schema = '{database.Schema}' AND type = 'MULTIPOLYGON' AND srid = 4326"));
        Assert.Equal(4L, database.Scalar($"SELECT count(*) FROM pg_indexes WHERE schemaname = '{database.Schema}' AND indexdef LIKE '%USING gist (geom)%'"));
        Assert.Equal("001_project_tables,002_audit_log,003_scenarios,004_accounts,005_figure_doubts,006_code_crosswalk", database.Scalar("SELECT string_agg(name, ',' ORDER BY version) FROM schema_version"));
    }

    [PostgisFact]
    public async Task SaveAsync_Twice_ReplacesTheProjectAndLogsBothImportsWithBeforeAndAfter()
    {
        using var database = new PostgisTestDatabase();
        var store = new PostgisProjectStore(database.Location) { Actor = "Nguyễn Văn An" };

        await store.SaveAsync(TraVinhData.Project);
        await store.SaveAsync(TraVinhData.Project);
        var log = await AuditLog.ReadAsync(database.Location);

        Assert.Equal(106L, database.Scalar("SELECT count(*) FROM communes"));
        Assert.Equal(["import", "import"], log.Select(e => e.Action));
        Assert.All(log, e => Assert.Equal("Nguyễn Văn An", e.Who));
        Assert.Null(log[0].Before);
        Assert.Equal(106, (int)log[1].Before!["communes"]!);
        Assert.Equal("Trà Vinh (84)", (string?)log[1].After!["dataset"]);
    }

    [PostgisFact]
    public async Task AuditLog_RefusesUpdateDeleteAndTruncate_EvenForTheOwner()
    {
        using var database = new PostgisTestDatabase();
        await new PostgisProjectStore(database.Location).SaveAsync(TraVinhData.Project);

        foreach (var sql in new[] { "UPDATE audit_log SET who = 'x'", "DELETE FROM audit_log", "TRUNCATE audit_log" })
        {
            var e = Assert.Throws<PostgresException>(() => database.Scalar(sql));
            Assert.Contains("audit_log is append-only", e.MessageText);
        }

        Assert.Equal(1L, database.Scalar("SELECT count(*) FROM audit_log"));
    }

    [PostgisFact]
    public async Task LoadAsync_OfAnEmptySchema_SaysThereIsNoProjectThere()
    {
        using var database = new PostgisTestDatabase();

        var e = await Assert.ThrowsAsync<InputDataException>(() => new PostgisProjectStore(database.Location).LoadAsync());

        Assert.Contains($"schema {database.Schema} holds no Boundaries project", e.Message);
    }

    [Fact]
    public async Task LoadAsync_WhenNoServerListens_SaysItCannotReachTheServer_WithoutAPassword()
    {
        var location = PostgisLocation.Parse("postgresql://planner@127.0.0.1:1/boundaries?schema=tra_vinh", password: "secret-word");

        var e = await Assert.ThrowsAsync<ProjectDatabaseException>(() => new PostgisProjectStore(location).LoadAsync());

        Assert.StartsWith("postgresql://planner@127.0.0.1:1/boundaries?schema=tra_vinh: cannot reach the server", e.Message);
        Assert.DoesNotContain("secret-word", e.Message);
    }

    /// <summary>The project saved to a GeoPackage and to the test schema, and loaded back from each.</summary>
    private static async Task<(BoundaryProject FromFile, BoundaryProject FromDatabase)> SavedAndLoaded(BoundaryProject project, PostgisTestDatabase database)
    {
        using var folder = new TempFolder();
        var geoPackage = new GeoPackageProjectStore(folder.File("project.gpkg"));
        await geoPackage.SaveAsync(project);
        var postgis = new PostgisProjectStore(database.Location);
        await postgis.SaveAsync(project);
        return (await geoPackage.LoadAsync(), await postgis.LoadAsync());
    }
}
