using System.Net;
using System.Text.Json.Nodes;
using Boundaries.Web.Tests.TestSupport;

namespace Boundaries.Web.Tests.Evaluation;

[Collection(PlannerCollection.Name)]
public sealed class UnitsApiTests(TraVinhPlanner planner)
{
    [Fact]
    public async Task Units_Baseline_AreGeoJsonCommunesWithStatusFromTheEvaluator()
    {
        using var response = await planner.Client.GetAsync("/api/units?asOf=2023-06-13");
        var units = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("FeatureCollection", (string)units["type"]!);
        var communes = units["features"]!.AsArray().Where(f => (string)f!["properties"]!["level"]! == "commune").ToList();
        Assert.Equal(106, communes.Count);
        Assert.Equal(103, communes.Count(f => f!["geometry"] is not null));
        var phuong3 = PlannerApi.Feature(units, "29242")!["properties"]!;
        Assert.Equal("Phường 3", (string)phuong3["name"]!);
        Assert.Equal("must-arrange", (string)phuong3["status"]!);
        Assert.Equal(3.16, (double)phuong3["areaPercent"]!, 0.02);
        Assert.Equal(3499, (long)phuong3["population"]!);
        Assert.Equal(9, communes.Count(f => (string)f!["properties"]!["status"]! == "must-arrange"));
    }

    [Fact]
    public async Task Units_Baseline_SeedUnitsMustBeArranged()
    {
        var units = await PlannerApi.Ok(planner.Client, HttpMethod.Get, "/api/units?asOf=2023-06-13");

        // The province's seed report of 13 June 2023: Phường 2, 3, 6 of TP Trà Vinh; thị trấn and xã Định An; thị trấn Cầu Ngang.
        foreach (var code in new[] { "29245", "29242", "29251", "29462", "29494", "29416" })
        {
            Assert.Equal("must-arrange", (string)PlannerApi.Feature(units, code)!["properties"]!["status"]!);
        }
    }

    [Fact]
    public async Task Units_Baseline_NeighboursShareTheirSimplifiedEdges()
    {
        var units = await PlannerApi.Ok(planner.Client, HttpMethod.Get, "/api/units");

        // Phường 2 and Phường 3 share a boundary: simplified together, they keep the same vertices along it.
        var shared = PlannerApi.Vertices(PlannerApi.Feature(units, "29245")!).Intersect(PlannerApi.Vertices(PlannerApi.Feature(units, "29242")!)).Count();
        Assert.True(shared >= 3, $"{shared} shared vertices");
    }

    [Fact]
    public async Task Units_Baseline_ShapesAreSimplifiedButAreasAreFull()
    {
        var units = await PlannerApi.Ok(planner.Client, HttpMethod.Get, "/api/units?asOf=2023-06-13");

        var vertices = units["features"]!.AsArray().Where(f => (string)f!["properties"]!["level"]! == "commune" && f["geometry"] is not null).Sum(f => PlannerApi.Vertices(f!).Count());
        Assert.InRange(vertices, 5_000, 30_000);
        // The area is the evaluator's (ellipsoidal, full polygon), not the simplified shape's.
        Assert.Equal(1.547, (double)PlannerApi.Feature(units, "29236")!["properties"]!["areaKm2"]!, 0.01);
    }

    [Fact]
    public async Task Units_Baseline_DistrictOutlinesAndUnassignedPolygon()
    {
        var units = await PlannerApi.Ok(planner.Client, HttpMethod.Get, "/api/units");

        var features = units["features"]!.AsArray();
        Assert.Equal(9, features.Count(f => (string)f!["properties"]!["level"]! == "district" && f["geometry"] is not null));
        var unassigned = Assert.Single(features, f => (string)f!["properties"]!["level"]! == "unassigned")!;
        Assert.Equal("Thị trấn Duyên Hải", (string)unassigned["properties"]!["name"]!);
    }

    [Fact]
    public async Task Evaluation_AsOf2023_NamesTheRegimeAndSummary()
    {
        var evaluation = await PlannerApi.Ok(planner.Client, HttpMethod.Get, "/api/evaluation?asOf=2023-06-13");

        Assert.Equal("2023-06-13", (string)evaluation["as_of"]!);
        Assert.Equal("nq1211-nq27", (string)evaluation["regime"]!["id"]!);
        var communes = evaluation["summary"]!.AsArray().Single(s => (string)s!["level"]! == "commune")!;
        Assert.Equal(106, (int)communes["total"]!);
        Assert.Equal(9, (int)communes["must_arrange"]!);
    }

    [Fact]
    public async Task Evaluation_DateWithoutStandards_IsProblem422()
    {
        var (status, problem) = await PlannerApi.Send(planner.Client, HttpMethod.Get, "/api/units?asOf=2010-01-01");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("no-standards", PlannerApi.Type(problem!));
        Assert.Contains("01/01/2010", (string)problem!["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Units_MalformedDate_IsProblem400()
    {
        var (status, problem) = await PlannerApi.Send(planner.Client, HttpMethod.Get, "/api/units?asOf=13-06-2023");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, (int)problem!["status"]!);
    }

    [Fact]
    public async Task Project_Info_NamesDatasetAndCounts()
    {
        var project = await PlannerApi.Ok(planner.Client, HttpMethod.Get, "/api/project");

        Assert.Equal(106, (int)project["communes"]!);
        Assert.Equal(3, (int)project["communesWithoutPolygon"]!);
        Assert.Equal(9, (int)project["districts"]!);
        Assert.Equal("2023-06-13", (string)project["defaultAsOf"]!);
    }
}
