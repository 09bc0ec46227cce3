using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Boundaries.Data.Store.Postgis;
using Boundaries.Data.Tests.Store.Postgis;
using Boundaries.Web.Tests.TestSupport;

namespace Boundaries.Web.Tests.People;

/// <summary>The planner serving a shared project keeps its scenarios as the database's versioned records: two editors, one refused with the other's name; every change in the audit log.</summary>
public sealed partial class SharedScenarioApiTests(SharedTraVinhPlanner planner) : IClassFixture<SharedTraVinhPlanner>
{
    private static readonly JsonObject RenamePhuong4 = PlannerApi.Operation("""{"op":"rename","unit":"29236","name":"Phường Bốn"}""");

    [PostgisFact]
    public async Task TwoEditors_SecondSavesFromTheOldVersion_IsRefused409WithTheFirstsNameTimeAndChange_AndTheLogHoldsEveryChangeInOrder()
    {
        using var an = planner.ClientAs(SharedTraVinhPlanner.An);
        using var binh = planner.ClientAs(SharedTraVinhPlanner.Binh);
        var (id, created) = await PlannerApi.Create(an, "Sáp nhập phường");
        Assert.Equal(1, created);
        Assert.Equal(1L, (long)(await PlannerApi.Ok(binh, HttpMethod.Get, $"/api/scenarios/{id}"))["version"]!);

        var merged = await PlannerApi.Apply(an, id, 1, PlannerApi.MergeNq1277);
        var (status, problem) = await PlannerApi.Send(binh, HttpMethod.Post, $"/api/scenarios/{id}/operations", new JsonObject { ["version"] = 1, ["operation"] = RenamePhuong4.DeepClone() });

        Assert.Equal(2L, (long)merged["scenario"]!["version"]!);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("version-conflict", PlannerApi.Type(problem!));
        var detail = (string)problem!["detail"]!;
        Assert.Contains("đã được Nguyễn Văn An sửa lúc", detail, StringComparison.Ordinal);
        Assert.Matches(Time(), detail);
        Assert.Contains("Thêm thao tác: ", detail, StringComparison.Ordinal);
        Assert.Contains("Phường 3", detail, StringComparison.Ordinal);
        Assert.Equal("Nguyễn Văn An", (string)problem["savedBy"]!);
        Assert.Equal(2L, (long)problem["currentVersion"]!);

        // The record is the one 'boundaries scenario get' and 'dossier --scenario' read: An's merge, and not Bình's rename.
        var record = (await new SharedScenarios(planner.Database.Location).GetAsync(id))!.Value;
        Assert.Equal((2, "Nguyễn Văn An"), (record.Version.Version, record.Version.SavedBy));
        Assert.Contains("\"merge\"", record.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("Phường Bốn", record.Json, StringComparison.Ordinal);

        // The project's log (the other tests of the class write theirs into it too): the import first, then this scenario's changes.
        var log = (await AuditLog.ReadAsync(planner.Database.Location)).Where(e => e.Scenario is null || e.Scenario == id).ToList();
        Assert.Equal(
            [("import", SharedTraVinhPlanner.Importer, null), ("scenario-save", "Nguyễn Văn An", id), ("scenario-save", "Nguyễn Văn An", id)],
            log.Select(e => (e.Action, e.Who, e.Scenario)).ToList());
        Assert.StartsWith("Tạo phương án: Sáp nhập phường", log[1].Subject, StringComparison.Ordinal);
        Assert.StartsWith("Thêm thao tác: ", log[2].Subject, StringComparison.Ordinal);
        Assert.Equal(2, (int)log[2].After!["version"]!);
    }

    [PostgisFact]
    public async Task SavedElsewhere_FromTheCommandLine_IsSeenAndTheStaleEditorIsToldWho_ThenASubmittedScenarioIsRefused()
    {
        using var an = planner.ClientAs(SharedTraVinhPlanner.An);
        var (id, _) = await PlannerApi.Create(an, "Đổi tên phường");
        var location = planner.Database.Location;
        var json = (await new SharedScenarios(location).GetAsync(id))!.Value.Json;
        await new SharedScenarios(location, "Lê Văn Cường").SaveAsync(id, json, 1, "sửa mô tả từ dòng lệnh");

        var (stale, problem) = await PlannerApi.Send(an, HttpMethod.Post, $"/api/scenarios/{id}/operations", new JsonObject { ["version"] = 1, ["operation"] = RenamePhuong4.DeepClone() });
        var reopened = await PlannerApi.Ok(an, HttpMethod.Get, $"/api/scenarios/{id}");
        await PlannerApi.Apply(an, id, 2, RenamePhuong4);
        await new SharedScenarios(location, "Trưởng phòng Hòa").SubmitAsync(id);
        var (locked, refusal) = await PlannerApi.Send(an, HttpMethod.Post, $"/api/scenarios/{id}/undo", new { version = 3 });
        var (deleted, kept) = await PlannerApi.Send(an, HttpMethod.Delete, $"/api/scenarios/{id}?version=3");

        Assert.Equal(HttpStatusCode.Conflict, stale);
        Assert.Contains("đã được Lê Văn Cường sửa lúc", (string)problem!["detail"]!, StringComparison.Ordinal);
        Assert.Contains("sửa mô tả từ dòng lệnh", (string)problem["detail"]!, StringComparison.Ordinal);
        Assert.Equal(2L, (long)reopened["version"]!);
        Assert.Equal(HttpStatusCode.Conflict, locked);
        Assert.Equal("scenario-submitted", PlannerApi.Type(refusal!));
        Assert.Contains("đã được Trưởng phòng Hòa khóa (đã trình)", (string)refusal!["detail"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, deleted);
        Assert.Equal("shared-scenario-kept", PlannerApi.Type(kept!));
        Assert.Equal(3, (await new SharedScenarios(location).GetAsync(id))!.Value.Version.Version);
        Assert.Contains(await new SharedScenarios(location).ListAsync(), v => v.Id == id && v.IsSubmitted);
        Assert.Contains(
            (await PlannerApi.Ok(an, HttpMethod.Get, "/api/scenarios")).AsArray(),
            s => (string)s!["id"]! == id && (long)s["version"]! == 3);
    }

    [PostgisFact]
    public async Task Viewer_CannotCreateOrChangeAScenario_403()
    {
        using var an = planner.ClientAs(SharedTraVinhPlanner.An);
        using var viewer = planner.ClientAs(SharedTraVinhPlanner.Viewer);
        var (id, version) = await PlannerApi.Create(an, "Xem thôi");

        using var create = await viewer.PostAsJsonAsync("/api/scenarios", new { title = "Không được" });
        var (apply, _) = await PlannerApi.Send(viewer, HttpMethod.Post, $"/api/scenarios/{id}/operations", new JsonObject { ["version"] = version, ["operation"] = RenamePhuong4.DeepClone() });
        var read = await PlannerApi.Ok(viewer, HttpMethod.Get, $"/api/scenarios/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, apply);
        Assert.Equal(version, (long)read["version"]!);
        Assert.Equal(1, (await new SharedScenarios(planner.Database.Location).GetAsync(id))!.Value.Version.Version);
    }

    // dd/MM/yyyy HH:mm
    [GeneratedRegex(@"\b\d{2}/\d{2}/\d{4} \d{2}:\d{2}\b")]
    private static partial Regex Time();
}
