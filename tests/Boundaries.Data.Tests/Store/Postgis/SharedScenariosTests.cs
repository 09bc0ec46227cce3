using Boundaries.Data.Store.Postgis;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Store.Postgis;

public sealed class SharedScenariosTests
{
    private static readonly string Nq1277 = File.ReadAllText(RepoPaths.Scenario("nq1277-2024-tp-tra-vinh.json"));

    [PostgisFact]
    public async Task TwoEditorsSavingFromTheSameVersionAtOnce_OneWins_TheOtherIsRefusedWithTheWinnersNameAndChange()
    {
        using var database = new PostgisTestDatabase();
        await new PostgisProjectStore(database.Location).SaveAsync(TraVinhData.Project);
        await new SharedScenarios(database.Location, "Trưởng phòng").SaveAsync("nq1277", Nq1277, 0, "Bản đầu");
        var editors = new[] { ("Nguyễn Văn An", "An: bỏ Phường 6"), ("Trần Thị Bình", "Bình: thêm Phường 7") };

        var saves = editors.Select(e => Task.Run(() => new SharedScenarios(database.Location, e.Item1).SaveAsync("nq1277", Nq1277, 1, e.Item2))).ToList();
        var outcomes = await Task.WhenAll(saves.Select(async t => { try { return (object)await t; } catch (ScenarioConflictException e) { return e; } }));

        var winner = Assert.Single(outcomes.OfType<SharedScenarioVersion>());
        var refused = Assert.Single(outcomes.OfType<ScenarioConflictException>());
        Assert.Equal(2, winner.Version);
        Assert.Contains($"đã được {winner.SavedBy} sửa lúc", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"(phiên bản 2: {winner.Change})", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2L, database.Scalar("SELECT count(*) FROM scenario_versions"));
    }

    [PostgisFact]
    public async Task ASubmittedScenario_CannotBeSavedOrSubmittedAgain_AndSaysWhoLockedIt()
    {
        using var database = new PostgisTestDatabase();
        await new PostgisProjectStore(database.Location).SaveAsync(TraVinhData.Project);
        var head = new SharedScenarios(database.Location, "Lê Văn Cường");
        await head.SaveAsync("nq1277", Nq1277, 0, "Bản trình");
        await head.SubmitAsync("nq1277");

        var save = await Assert.ThrowsAsync<ScenarioConflictException>(() => new SharedScenarios(database.Location, "Nguyễn Văn An").SaveAsync("nq1277", Nq1277, 1, "sửa sau khi trình"));
        await Assert.ThrowsAsync<ScenarioConflictException>(() => head.SubmitAsync("nq1277"));

        Assert.Contains("đã được Lê Văn Cường khóa (đã trình)", save.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await head.GetAsync("nq1277"))!.Value.Version.Version);
    }

    [PostgisFact]
    public async Task AuditLog_OfAScriptedSession_HoldsEveryChangeInOrder_WithBeforeAndAfter()
    {
        using var database = new PostgisTestDatabase();
        await new PostgisProjectStore(database.Location) { Actor = "Trưởng phòng" }.SaveAsync(TraVinhData.Project);
        var an = new SharedScenarios(database.Location, "Nguyễn Văn An");
        var binh = new SharedScenarios(database.Location, "Trần Thị Bình");
        await an.SaveAsync("nq1277", Nq1277, 0, "Bản đầu");
        await binh.SaveAsync("nq1277", Nq1277, 1, "Bình sửa");
        await Assert.ThrowsAsync<ScenarioConflictException>(() => an.SaveAsync("nq1277", Nq1277, 1, "An sửa từ bản cũ"));
        await an.SaveAsync("other", Nq1277, 0, "Phương án khác");
        await binh.SubmitAsync("nq1277");

        var log = await AuditLog.ReadAsync(database.Location);
        var scenarioLog = await AuditLog.ReadAsync(database.Location, "nq1277");

        Assert.Equal(
            [("Trưởng phòng", "import", null), ("Nguyễn Văn An", "scenario-save", "nq1277"), ("Trần Thị Bình", "scenario-save", "nq1277"), ("Nguyễn Văn An", "scenario-save", "other"), ("Trần Thị Bình", "scenario-submit", "nq1277")],
            log.Select(e => (e.Who, e.Action, e.Scenario)).ToArray());
        Assert.Equal(log.OrderBy(e => e.Id).Select(e => e.At), log.Select(e => e.At));
        Assert.Equal(1, (int)log[2].Before!["version"]!);
        Assert.Equal(2, (int)log[2].After!["version"]!);
        Assert.Equal("submitted", (string?)log[4].After!["status"]);
        Assert.Equal(["Bản đầu", "Bình sửa", "Khóa phiên bản 2 (đã trình)"], scenarioLog.Select(e => e.Subject));
    }
}
