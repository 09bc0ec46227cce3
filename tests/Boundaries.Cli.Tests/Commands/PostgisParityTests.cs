using Boundaries.Cli.Tests.TestSupport;
using Boundaries.Data.Tests.Store.Postgis;

namespace Boundaries.Cli.Tests.Commands;

/// <summary>The bundled Trà Vinh data imported by the real program into a GeoPackage and into a PostGIS schema.</summary>
public sealed class PostgisTraVinh : IDisposable
{
    public PostgisTraVinh()
    {
        if (PostgisTestDatabase.Server is null && Environment.GetEnvironmentVariable("BOUNDARIES_REQUIRE_PG") != "1")
        {
            return;
        }

        File = new TraVinhProject();
        Database = new PostgisTestDatabase("cli");
        Import = BoundariesProcess.Run(File.Folder, "import", RepoPaths.TraVinh, "--out", Database.Address);
    }

    /// <summary>The GeoPackage import; null (like <see cref="Database"/>) when no test server is configured and the tests are skipped.</summary>
    public TraVinhProject File { get; } = null!;

    public PostgisTestDatabase? Database { get; }

    internal BoundariesProcess.Result? Import { get; }

    public void Dispose()
    {
        Database?.Dispose();
        File?.Dispose();
    }
}

/// <summary>Every command gives the same answers from a shared project (PostGIS) as from the same data in a GeoPackage.</summary>
public sealed class PostgisParityTests(PostgisTraVinh projects) : IClassFixture<PostgisTraVinh>
{
    private static readonly string Scenario1277 = RepoPaths.Scenario("nq1277-2024-tp-tra-vinh.json");

    private string Shared => projects.Database!.Address;

    [PostgisFact]
    public void Import_IntoPostgis_WritesTheProjectAndNamesItsAddress()
    {
        Assert.Equal(0, projects.Import!.ExitCode);
        Assert.Contains($"Wrote {Shared}", projects.Import.Stdout, StringComparison.Ordinal);
        Assert.Equal(106L, projects.Database!.Scalar("SELECT count(*) FROM communes"));
    }

    [PostgisFact]
    public void Evaluate_FromPostgis_IsIdenticalToTheGeoPackage()
    {
        var fromFile = Run("evaluate", projects.File.Path, "--as-of", "2023-06-13", "--format", "json");
        var fromDatabase = Run("evaluate", Shared, "--as-of", "2023-06-13", "--format", "json");

        Assert.Contains("\"code\": \"29245\"", fromFile.Stdout, StringComparison.Ordinal);
        Assert.Equal(fromFile.Stdout, fromDatabase.Stdout);
    }

    [PostgisFact]
    public void ScenarioApply_Nq1277_FromPostgis_WritesTheSameTablesAsFromTheGeoPackage()
    {
        using var output = new TempFolder();
        Run("scenario", "apply", projects.File.Path, Scenario1277, "--out", output.File("file"));
        Run("scenario", "apply", Shared, Scenario1277, "--out", output.File("database"));

        foreach (var table in new[] { "changes.csv", "codes.csv", "evaluation.csv", "units.csv" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(output.File("file"), table)), File.ReadAllText(Path.Combine(output.File("database"), table)));
        }

        Assert.Contains("Phường 3", File.ReadAllText(Path.Combine(output.File("database"), "changes.csv")), StringComparison.Ordinal);
    }

    [PostgisFact]
    [Trait("Category", "Slow")]
    public void DossierExportAndMaps_FromPostgis_AreByteForByteTheGeoPackage()
    {
        using var output = new TempFolder();
        foreach (var (name, project) in new[] { ("file", projects.File.Path), ("database", Shared) })
        {
            Run("dossier", project, Scenario1277, "--as-of", "2023-06-13", "--format", "md", "--out", output.File($"{name}-dossier"));
            Run("export", project, "--evaluate", "--as-of", "2023-06-13", "--format", "geojson", "--out", output.File($"{name}.geojson"));
            Run("map", project, "--scenario", Scenario1277, "--before-after", "--district", "842", "--out", output.File($"{name}.svg"));
        }

        var documents = Directory.GetFiles(output.File("file-dossier")).Select(Path.GetFileName).Order().ToList();
        Assert.Contains("de-an.md", documents);
        foreach (var document in documents)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(output.File("file-dossier"), document!)), File.ReadAllText(Path.Combine(output.File("database-dossier"), document!)));
        }

        Assert.Equal(File.ReadAllBytes(output.File("file.geojson")), File.ReadAllBytes(output.File("database.geojson")));
        Assert.Equal(File.ReadAllBytes(output.File("file.svg")), File.ReadAllBytes(output.File("database.svg")));
    }

    [PostgisFact]
    public void ScenarioSave_FromAnOutdatedVersion_ExitsWithTheConflictCode_AndTheLogListsEveryChange()
    {
        using var work = new TempFolder();
        Run("scenario", "save", Shared, Scenario1277, "--id", "cli_conflict", "--change", "Bản đầu");
        var opened = Run("scenario", "get", Shared, "cli_conflict", "--out", work.File("mine.json"));
        Run("scenario", "save", Shared, work.File("mine.json"), "--id", "cli_conflict", "--base-version", "1", "--change", "Sửa lần 2");

        var refused = BoundariesProcess.Run(work.Path, "scenario", "save", Shared, work.File("mine.json"), "--id", "cli_conflict", "--base-version", "1");
        var log = Run("log", Shared, "--scenario", "cli_conflict");

        Assert.Contains("--base-version 1", opened.Stdout, StringComparison.Ordinal);
        Assert.Equal(6, refused.ExitCode);
        Assert.Contains("đã được postgres sửa lúc", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("(phiên bản 2: Sửa lần 2)", refused.Stderr, StringComparison.Ordinal);
        var lines = log.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("scenario-save\tcli_conflict: Bản đầu", lines[0].TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith("scenario-save\tcli_conflict: Sửa lần 2", lines[1].TrimEnd(), StringComparison.Ordinal);
    }

    [PostgisFact]
    public void Dossier_OfASharedScenarioById_ListsItsHistory_AndSaysWhetherTheVersionIsLocked()
    {
        using var work = new TempFolder();
        Run("scenario", "save", Shared, Scenario1277, "--id", "cli_history", "--change", "Bản đầu");
        Run("scenario", "get", Shared, "cli_history", "--out", work.File("mine.json"));
        Run("scenario", "save", Shared, work.File("mine.json"), "--id", "cli_history", "--base-version", "1", "--change", "Rà soát số liệu");
        Run("dossier", Shared, "cli_history", "--out", work.File("draft"), "--format", "md");
        Run("scenario", "submit", Shared, "cli_history");
        Run("dossier", Shared, "cli_history", "--out", work.File("submitted"), "--format", "md");

        var draft = File.ReadAllText(Path.Combine(work.File("draft"), "qua-trinh-xay-dung-phuong-an.md"));
        var submitted = File.ReadAllText(Path.Combine(work.File("submitted"), "qua-trinh-xay-dung-phuong-an.md"));
        Assert.Contains("phiên bản 2 của phương án \"cli_history\"", draft, StringComparison.Ordinal);
        Assert.Contains("chưa được khóa", draft, StringComparison.Ordinal);
        Assert.Matches(@"\| 1 \| \d\d giờ \d\d, ngày \d\d/\d\d/\d{4} \| postgres \| Lưu phiên bản 1: Bản đầu \|", draft);
        Assert.Contains("| 2 |", draft, StringComparison.Ordinal);
        Assert.Contains("Lưu phiên bản 2: Rà soát số liệu", draft, StringComparison.Ordinal);
        Assert.Contains("đã được khóa (đã trình)", submitted, StringComparison.Ordinal);
        Assert.Contains("Khóa phiên bản 2 (đã trình)", submitted, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(work.File("submitted"), "to-trinh.md")));
        // A scenario file (no shared record) has no history document.
        Run("dossier", projects.File.Path, Scenario1277, "--out", work.File("file"), "--format", "md");
        Assert.False(File.Exists(Path.Combine(work.File("file"), "qua-trinh-xay-dung-phuong-an.md")));
    }

    [Fact]
    public void AnyCommand_WithAPasswordInTheAddress_RefusesItAndNeverPrintsIt()
    {
        var run = BoundariesProcess.Run(Path.GetTempPath(), "evaluate", "postgresql://planner:hunter2@127.0.0.1:1/boundaries?schema=tra_vinh");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("a password in the address is refused", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyCommand_WhenTheServerCannotBeReached_ExitsWithTheDatabaseCode()
    {
        var run = BoundariesProcess.Run(Path.GetTempPath(), "evaluate", "postgresql://planner@127.0.0.1:1/boundaries?schema=tra_vinh");

        Assert.Equal(7, run.ExitCode);
        Assert.StartsWith("boundaries: postgresql://planner@127.0.0.1:1/boundaries?schema=tra_vinh: cannot reach the server", run.Stderr, StringComparison.Ordinal);
    }

    private BoundariesProcess.Result Run(params string[] args)
    {
        var run = BoundariesProcess.Run(projects.File.Folder, args);
        Assert.True(run.ExitCode == 0, $"boundaries {string.Join(' ', args)} exited {run.ExitCode}: {run.Stderr}");
        return run;
    }
}
