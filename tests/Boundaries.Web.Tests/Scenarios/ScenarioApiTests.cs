using System.Net;
using System.Text.Json.Nodes;
using Boundaries.Data.Scenarios;
using Boundaries.Web.Tests.TestSupport;

namespace Boundaries.Web.Tests.Scenarios;

[Collection(PlannerCollection.Name)]
public sealed class ScenarioApiTests(TraVinhPlanner planner)
{
    private HttpClient Client => planner.Client;

    [Fact]
    public async Task Apply_Nq1277Merge_TableShowsNewPhuong3Near147Km2Permitted()
    {
        var (id, version) = await PlannerApi.Create(Client, "NQ 1277");

        var snapshot = await PlannerApi.Apply(Client, id, version, PlannerApi.MergeNq1277);

        Assert.Equal(version + 1, (long)snapshot["scenario"]!["version"]!);
        var phuong3 = PlannerApi.Row(snapshot, "29242");
        Assert.Equal(0.17, (double)phuong3["before"]!["areaKm2"]!, 0.01);
        Assert.Equal(1.47, (double)phuong3["after"]!["areaKm2"]!, 0.01);
        Assert.Equal(3426 + 3499 + 12187, (long)phuong3["after"]!["population"]!);
        Assert.Equal(3, (int)phuong3["formedFrom"]!);
        // NQ 35/2023/UBTVQH15 Điều 4: below the area standard, permitted because three units merge.
        Assert.Equal("permitted", (string)phuong3["complianceKey"]!);
        Assert.Equal(26.66, (double)phuong3["after"]!["areaPercent"]!, 0.05);
        Assert.Null(PlannerApi.Row(snapshot, "29245")["after"]);
        Assert.Equal(["29242"], PlannerApi.Row(snapshot, "29251")["wentTo"]!.AsArray().Select(c => (string)c!));
        var totals = snapshot["table"]!["totals"]!;
        Assert.Equal(106, (int)totals["communesBefore"]!);
        Assert.Equal(104, (int)totals["communesAfter"]!);
        Assert.Equal((double)totals["areaKm2Before"]!, (double)totals["areaKm2After"]!, 1e-6);
        Assert.Equal(1_009_168, (long)totals["populationAfter"]!);
    }

    [Fact]
    public async Task Apply_Nq1277Merge_MapDrawsMergedUnitWithItsNeighboursEdges()
    {
        var (id, version) = await PlannerApi.Create(Client, "NQ 1277 map");
        var before = await PlannerApi.Ok(Client, HttpMethod.Get, "/api/units");

        var snapshot = await PlannerApi.Apply(Client, id, version, PlannerApi.MergeNq1277);

        var units = snapshot["units"]!;
        Assert.Null(PlannerApi.Feature(units, "29245"));
        Assert.Null(PlannerApi.Feature(units, "29251"));
        var merged = PlannerApi.Feature(units, "29242")!;
        Assert.True((bool)merged["properties"]!["changed"]!);
        Assert.Equal("permitted", (string)merged["properties"]!["status"]!);
        // The merged shape is the union of the members' shapes: every vertex it shares with an outside neighbour was
        // already a vertex of that neighbour, so the edge drawn between them is the same line.
        var mergedVertices = PlannerApi.Vertices(merged).ToHashSet();
        var neighbourVertices = new[] { "29236", "29239", "29248", "29254", "29257", "29260" }
            .Select(code => PlannerApi.Feature(before, code)).OfType<JsonNode>()
            .SelectMany(PlannerApi.Vertices).ToHashSet();
        var members = new[] { "29245", "29242", "29251" }.SelectMany(code => PlannerApi.Vertices(PlannerApi.Feature(before, code)!)).ToHashSet();
        Assert.True(mergedVertices.IsSubsetOf(members), "the merged shape adds no vertex");
        Assert.True(mergedVertices.Intersect(neighbourVertices).Count() >= 10);
    }

    [Fact]
    public async Task Undo_AfterMerge_BringsTheThreeWardsBack_AndRedoMergesAgain()
    {
        var (id, version) = await PlannerApi.Create(Client, "undo");
        var merged = await PlannerApi.Apply(Client, id, version, PlannerApi.MergeNq1277);
        var v2 = (long)merged["scenario"]!["version"]!;

        var undone = await PlannerApi.Ok(Client, HttpMethod.Post, $"/api/scenarios/{id}/undo", new { version = v2 });

        Assert.Equal(v2 + 1, (long)undone["scenario"]!["version"]!);
        Assert.Empty(undone["scenario"]!["operations"]!.AsArray());
        Assert.Single(undone["scenario"]!["redo"]!.AsArray());
        Assert.Equal(106, (int)undone["table"]!["totals"]!["communesAfter"]!);
        foreach (var code in new[] { "29245", "29242", "29251" })
        {
            Assert.Equal("must-arrange", (string)PlannerApi.Feature(undone["units"]!, code)!["properties"]!["status"]!);
        }

        var redone = await PlannerApi.Ok(Client, HttpMethod.Post, $"/api/scenarios/{id}/redo", new { version = v2 + 1 });

        Assert.Equal(104, (int)redone["table"]!["totals"]!["communesAfter"]!);
        Assert.Equal(1.47, (double)PlannerApi.Row(redone, "29242")["after"]!["areaKm2"]!, 0.01);
        Assert.Empty(redone["scenario"]!["redo"]!.AsArray());
    }

    [Fact]
    public async Task Apply_Merge_SavesAScenarioFileTheCommandLineReads()
    {
        var (id, version) = await PlannerApi.Create(Client, "saved");

        await PlannerApi.Apply(Client, id, version, PlannerApi.MergeNq1277);

        var file = Path.Combine(planner.ScenariosFolder, id + ".json");
        var scenario = ScenarioFile.Read(file);
        Assert.Equal("tra-vinh", scenario.Baseline.Dataset);
        Assert.Equal(new DateOnly(2023, 4, 10), scenario.Baseline.UnitsAsOf);
        var merge = Assert.IsType<Core.Scenarios.Operations.MergeOperation>(Assert.Single(scenario.Operations));
        Assert.Equal(["29245", "29242", "29251"], merge.Units.Select(u => u.Value));
        Assert.Contains("\"version\":2", File.ReadAllText(Path.Combine(planner.ScenariosFolder, id + ".planner.json")).Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Directory.GetFiles(planner.ScenariosFolder, "*.tmp"));
    }

    [Fact]
    public async Task Apply_NonAdjacentUnits_Is422WithTheEnginesCheck_AndChangesNothing()
    {
        var (id, version) = await PlannerApi.Create(Client, "refused");

        // Phường 3 (TP Trà Vinh) and xã Định An (huyện Trà Cú) are far apart.
        var (status, problem) = await PlannerApi.Send(Client, HttpMethod.Post, $"/api/scenarios/{id}/operations", new JsonObject
        {
            ["version"] = version,
            ["operation"] = PlannerApi.Operation("""{"op":"merge","units":["29242","29494"],"into":{"code":"29242","name":"Phường 3","type":"phuong"},"parent":"842"}"""),
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("operation-refused", PlannerApi.Type(problem!));
        Assert.Equal("not-adjacent", (string)problem!["check"]!);
        var state = await PlannerApi.Ok(Client, HttpMethod.Get, $"/api/scenarios/{id}");
        Assert.Equal(version, (long)state["version"]!);
        Assert.Empty(state["operations"]!.AsArray());
    }

    [Fact]
    public async Task Apply_MalformedOperation_Is400NamingTheField()
    {
        var (id, version) = await PlannerApi.Create(Client, "malformed");

        var (status, problem) = await PlannerApi.Send(Client, HttpMethod.Post, $"/api/scenarios/{id}/operations", new JsonObject
        {
            ["version"] = version,
            ["operation"] = PlannerApi.Operation("""{"op":"merge","units":["29245","29242"]}"""),
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid-input", PlannerApi.Type(problem!));
        Assert.Contains("into", (string)problem!["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_Reassign_MovesCommuneToTheCity()
    {
        var (id, version) = await PlannerApi.Create(Client, "expansion");

        var snapshot = await PlannerApi.Apply(Client, id, version, PlannerApi.Operation("""{"op":"reassign","units":["29395","29398"],"to":"842"}"""));

        var nguyetHoa = PlannerApi.Row(snapshot, "29395");
        Assert.Equal("847", (string)nguyetHoa["before"]!["parentCode"]!);
        Assert.Equal("842", (string)nguyetHoa["after"]!["parentCode"]!);
        Assert.Equal("Thành phố Trà Vinh", (string)nguyetHoa["after"]!["parentName"]!);
        var city = PlannerApi.Row(snapshot, "842");
        Assert.Equal((long)city["before"]!["population"]! + 7388 + 13660, (long)city["after"]!["population"]!);
        Assert.Equal("Thành phố Trà Vinh", (string)PlannerApi.Feature(snapshot["units"]!, "29398")!["properties"]!["parentName"]!);
    }

    [Fact]
    public async Task Apply_TransferDrawnPart_MovesAreaAndPeopleToTheNeighbour()
    {
        var (id, version) = await PlannerApi.Create(Client, "transfer");
        var before = await PlannerApi.Ok(Client, HttpMethod.Get, "/api/units");
        var hoaLoi = PlannerApi.Vertices(PlannerApi.Feature(before, "29401")!).ToList();
        var phuong9 = PlannerApi.Vertices(PlannerApi.Feature(before, "29260")!).ToHashSet();
        // A box around a stretch of the boundary Hòa Lợi shares with Phường 9: the part is what lies in Hòa Lợi.
        var (x, y) = hoaLoi.First(phuong9.Contains);
        const double d = 0.004;
        var ring = $"[[{x - d},{y - d}],[{x + d},{y - d}],[{x + d},{y + d}],[{x - d},{y + d}],[{x - d},{y - d}]]";

        var snapshot = await PlannerApi.Apply(Client, id, version, PlannerApi.Operation(
            $$$"""{"op":"transfer","part":{"from":"29401","name":"ấp thử","population":500,"polygon":{"type":"Polygon","coordinates":[{{{ring}}}]}},"to":"29260"}"""));

        var from = PlannerApi.Row(snapshot, "29401");
        var to = PlannerApi.Row(snapshot, "29260");
        var moved = (double)from["before"]!["areaKm2"]! - (double)from["after"]!["areaKm2"]!;
        Assert.InRange(moved, 0.05, 0.8);
        Assert.Equal((double)to["before"]!["areaKm2"]! + moved, (double)to["after"]!["areaKm2"]!, 1e-6);
        Assert.Equal((long)from["before"]!["population"]! - 500, (long)from["after"]!["population"]!);
        Assert.Equal((long)to["before"]!["population"]! + 500, (long)to["after"]!["population"]!);
        Assert.True((bool)PlannerApi.Feature(snapshot["units"]!, "29260")!["properties"]!["changed"]!);
    }

    [Fact]
    public async Task Import_BundledExpansion_ReproducesTheCityAndTheDeclaredPart()
    {
        var json = File.ReadAllText(RepoPaths.Scenario("tp-tra-vinh-expansion.json"));

        var snapshot = await PlannerApi.Ok(Client, HttpMethod.Post, "/api/scenarios/import", json, HttpStatusCode.Created);

        Assert.Equal(3, snapshot["scenario"]!["operations"]!.AsArray().Count);
        Assert.Null(snapshot["scenario"]!["refusal"]);
        var phuong9 = PlannerApi.Row(snapshot, "29260");
        Assert.Equal((double)phuong9["before"]!["areaKm2"]! + 3.44, (double)phuong9["after"]!["areaKm2"]!, 1e-6);
        Assert.True((bool)phuong9["declared"]!);
        Assert.Contains(snapshot["table"]!["declared"]!.AsArray(), d => ((string)d!).Contains("3,44 km²", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_FileWithARefusedOperation_OpensWithTheRefusalWaitingInRedo()
    {
        var json = """
            {"baseline":{"dataset":"tra-vinh"},"title":"Nhập hai đơn vị xa nhau",
             "operations":[
               {"op":"rename","unit":"29236","name":"Phường Bốn"},
               {"op":"merge","units":["29242","29494"],"into":{"code":"29242","name":"Phường 3","type":"phuong"},"parent":"842"}]}
            """;

        var snapshot = await PlannerApi.Ok(Client, HttpMethod.Post, "/api/scenarios/import", json, HttpStatusCode.Created);

        var scenario = snapshot["scenario"]!;
        Assert.Single(scenario["operations"]!.AsArray());
        Assert.Equal("merge", (string)Assert.Single(scenario["redo"]!.AsArray())!["op"]!);
        Assert.Contains("thao tác 2 (merge)", (string)scenario["refusal"]!, StringComparison.Ordinal);
        Assert.Contains("thao tác 2 (merge)", (string)snapshot["table"]!["refusal"]!, StringComparison.Ordinal);
        // The saved file keeps both operations: nothing the planner gave is dropped.
        Assert.Equal(2, ScenarioFile.Read(Path.Combine(planner.ScenariosFolder, (string)scenario["id"]! + ".json")).Operations.Count);
    }

    [Fact]
    public async Task Import_NotAScenario_Is400()
    {
        var (status, problem) = await PlannerApi.Send(Client, HttpMethod.Post, "/api/scenarios/import", """{"title":"no operations"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid-input", PlannerApi.Type(problem!));
    }

    [Fact]
    public async Task List_AfterCreate_ShowsTheScenarioWithItsVersion()
    {
        var (id, version) = await PlannerApi.Create(Client, "listed");

        var list = await PlannerApi.Ok(Client, HttpMethod.Get, "/api/scenarios");

        var item = list.AsArray().Single(s => (string)s!["id"]! == id)!;
        Assert.Equal(version, (long)item["version"]!);
        Assert.Equal(0, (int)item["operations"]!);
    }

    [Fact]
    public async Task Describe_EffectiveDate_IsTheDefaultEvaluationDate()
    {
        var (id, version) = await PlannerApi.Create(Client, "described");

        var state = await PlannerApi.Ok(Client, HttpMethod.Put, $"/api/scenarios/{id}", new { version, title = "NQ 1277/NQ-UBTVQH15", effectiveDate = "2025-01-01" });
        var result = await PlannerApi.Ok(Client, HttpMethod.Get, $"/api/scenarios/{id}/result");

        Assert.Equal(version + 1, (long)state["version"]!);
        Assert.Equal("NQ 1277/NQ-UBTVQH15", (string)state["title"]!);
        Assert.Equal("2025-01-01", (string)result["table"]!["asOf"]!);
        Assert.Equal(new DateOnly(2025, 1, 1), ScenarioFile.Read(Path.Combine(planner.ScenariosFolder, id + ".json")).EffectiveDate);
    }

    [Fact]
    public async Task Get_UnknownScenario_Is404Problem()
    {
        var (status, problem) = await PlannerApi.Send(Client, HttpMethod.Get, "/api/scenarios/khong-co");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("scenario-not-found", PlannerApi.Type(problem!));
    }

    [Fact]
    public async Task Get_IdWithPathCharacters_Is404NotAFileOutsideTheFolder()
    {
        var (status, _) = await PlannerApi.Send(Client, HttpMethod.Get, "/api/scenarios/..%2F..%2Fetc%2Fpasswd");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Create_EmptyTitle_Is400()
    {
        var (status, problem) = await PlannerApi.Send(Client, HttpMethod.Post, "/api/scenarios", new { title = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("bad-request", PlannerApi.Type(problem!));
    }
}
