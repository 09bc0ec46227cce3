using System.Net;
using System.Text.Json.Nodes;
using Boundaries.Web.Tests.TestSupport;

namespace Boundaries.Web.Tests.Scenarios;

/// <summary>Two tabs edit the same scenario: the second edit, based on a version that is no longer current, is refused with 409 and nothing is merged.</summary>
[Collection(PlannerCollection.Name)]
public sealed class VersionConflictTests(TraVinhPlanner planner)
{
    private HttpClient Client => planner.Client;

    [Fact]
    public async Task Apply_SecondTabWithStaleVersion_Is409AndKeepsTheFirstEditOnly()
    {
        var (id, version) = await PlannerApi.Create(Client, "two tabs");
        await PlannerApi.Apply(Client, id, version, PlannerApi.MergeNq1277);

        var (status, problem) = await PlannerApi.Send(Client, HttpMethod.Post, $"/api/scenarios/{id}/operations", new JsonObject
        {
            ["version"] = version,
            ["operation"] = PlannerApi.Operation("""{"op":"rename","unit":"29236","name":"Phường Bốn"}"""),
        });

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("version-conflict", PlannerApi.Type(problem!));
        Assert.Equal(version + 1, (long)problem!["currentVersion"]!);
        Assert.Equal(version, (long)problem["expectedVersion"]!);
        var state = await PlannerApi.Ok(Client, HttpMethod.Get, $"/api/scenarios/{id}");
        Assert.Equal("merge", (string)Assert.Single(state["operations"]!.AsArray())!["op"]!);
        Assert.Equal(version + 1, (long)state["version"]!);
    }

    [Fact]
    public async Task Apply_ConcurrentEditsOnOneVersion_ExactlyOneWins()
    {
        var (id, version) = await PlannerApi.Create(Client, "race");
        var renames = Enumerable.Range(1, 6).Select(i => PlannerApi.Send(Client, HttpMethod.Post, $"/api/scenarios/{id}/operations", new JsonObject
        {
            ["version"] = version,
            ["operation"] = PlannerApi.Operation($$"""{"op":"rename","unit":"29236","name":"Phường Tên {{i}}"}"""),
        }));

        var results = await Task.WhenAll(renames);

        Assert.Equal(1, results.Count(r => r.Status == HttpStatusCode.OK));
        Assert.Equal(5, results.Count(r => r.Status == HttpStatusCode.Conflict));
        var state = await PlannerApi.Ok(Client, HttpMethod.Get, $"/api/scenarios/{id}");
        Assert.Single(state["operations"]!.AsArray());
    }

    [Fact]
    public async Task Undo_WithStaleVersion_Is409()
    {
        var (id, version) = await PlannerApi.Create(Client, "stale undo");
        await PlannerApi.Apply(Client, id, version, PlannerApi.MergeNq1277);

        var (status, _) = await PlannerApi.Send(Client, HttpMethod.Post, $"/api/scenarios/{id}/undo", new { version });

        Assert.Equal(HttpStatusCode.Conflict, status);
    }

    [Fact]
    public async Task Undo_NothingToUndo_Is409NothingToUndo()
    {
        var (id, version) = await PlannerApi.Create(Client, "empty undo");

        var (status, problem) = await PlannerApi.Send(Client, HttpMethod.Post, $"/api/scenarios/{id}/undo", new { version });

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("nothing-to-undo", PlannerApi.Type(problem!));
    }

    [Fact]
    public async Task Delete_WithStaleVersion_Is409AndKeepsTheFile()
    {
        var (id, version) = await PlannerApi.Create(Client, "delete stale");
        await PlannerApi.Apply(Client, id, version, PlannerApi.MergeNq1277);

        var (status, _) = await PlannerApi.Send(Client, HttpMethod.Delete, $"/api/scenarios/{id}?version={version}");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.True(File.Exists(Path.Combine(planner.ScenariosFolder, id + ".json")));
    }

    [Fact]
    public async Task Delete_WithCurrentVersion_RemovesBothFiles()
    {
        var (id, version) = await PlannerApi.Create(Client, "delete");

        var (status, _) = await PlannerApi.Send(Client, HttpMethod.Delete, $"/api/scenarios/{id}?version={version}");

        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.False(File.Exists(Path.Combine(planner.ScenariosFolder, id + ".json")));
        Assert.False(File.Exists(Path.Combine(planner.ScenariosFolder, id + ".planner.json")));
        Assert.Equal(HttpStatusCode.NotFound, (await PlannerApi.Send(Client, HttpMethod.Get, $"/api/scenarios/{id}")).Status);
    }
}
