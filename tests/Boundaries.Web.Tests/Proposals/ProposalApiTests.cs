using System.Net;
using System.Text.Json.Nodes;
using Boundaries.Web.Tests.TestSupport;

namespace Boundaries.Web.Tests.Proposals;

/// <summary>The preview, suggestions and comparison endpoints on Trà Vinh as of 13/06/2023 (NQ 1211/2016 as amended by NQ 27/2022, arranged under NQ 35/2023).</summary>
[Collection(PlannerCollection.Name)]
public sealed class ProposalApiTests(TraVinhPlanner planner)
{
    private HttpClient Client => planner.Client;

    [Fact]
    public async Task Preview_Nq1277MergeOnTheBaseline_ShowsNewPhuong3At26_66PercentOfTheAreaStandard_AndDieu4_WithoutSavingAnything()
    {
        var before = await PlannerApi.Ok(Client, HttpMethod.Get, "/api/scenarios");

        var preview = await PlannerApi.Ok(Client, HttpMethod.Post, "/api/preview", new JsonObject { ["operation"] = PlannerApi.MergeNq1277.DeepClone() });

        var phuong3 = preview["units"]!.AsArray().Single(u => (string)u!["row"]!["code"]! == "29242")!;
        // 1.466 km² of the 5.5 km² standard for a phường of a thành phố thuộc tỉnh: 26.66 %, as the scenario table gives once applied.
        Assert.Equal(1.47, (double)phuong3["row"]!["after"]!["areaKm2"]!, 0.01);
        Assert.Equal(26.66, (double)phuong3["row"]!["after"]!["areaPercent"]!, 0.01);
        Assert.Equal(5.5, (double)phuong3["standard"]!["minAreaKm2"]!);
        Assert.Equal(7_000, (double)phuong3["standard"]!["minPopulation"]!);
        Assert.Equal(3426 + 3499 + 12187, (long)phuong3["row"]!["after"]!["population"]!);
        Assert.Equal("permitted", (string)phuong3["row"]!["complianceKey"]!);
        Assert.Equal("NQ 35/2023/UBTVQH15 Điều 4", (string)phuong3["rule"]!["citation"]!);
        Assert.Equal(3, (int)phuong3["rule"]!["formedFrom"]!);
        Assert.True((bool)phuong3["rule"]!["permitted"]!);
        Assert.Equal("2023-06-13", (string)preview["asOf"]!);
        Assert.Equal(before.ToJsonString(), (await PlannerApi.Ok(Client, HttpMethod.Get, "/api/scenarios")).ToJsonString());
    }

    [Fact]
    public async Task Preview_OnAScenarioThatAlreadyMergedTheWards_IsRefusedWithTheEnginesReason_AndTheScenarioKeepsItsVersion()
    {
        var (id, version) = await PlannerApi.Create(Client, "preview refused");
        var merged = await PlannerApi.Apply(Client, id, version, PlannerApi.MergeNq1277);

        var (status, problem) = await PlannerApi.Send(Client, HttpMethod.Post, "/api/preview", new JsonObject { ["scenario"] = id, ["operation"] = PlannerApi.MergeNq1277.DeepClone() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("operation-refused", PlannerApi.Type(problem!));
        Assert.Equal("unknown-unit", (string)problem!["check"]!);
        var state = await PlannerApi.Ok(Client, HttpMethod.Get, $"/api/scenarios/{id}");
        Assert.Equal((long)merged["scenario"]!["version"]!, (long)state["version"]!);
    }

    [Fact]
    public async Task Suggestions_ForPhuong2_RankItsNeighboursWithTheMergedFigures()
    {
        var list = await PlannerApi.Ok(Client, HttpMethod.Get, "/api/suggestions/29245");

        Assert.Equal("Phường 2", (string)list["name"]!);
        var suggestions = list["suggestions"]!.AsArray();
        Assert.Contains(suggestions, s => (string)s!["code"]! == "29242");
        var phuong3 = suggestions.Single(s => (string)s!["code"]! == "29242")!;
        Assert.False((bool)phuong3["meets"]!);
        // Phường 2 and Phường 3 summed as a merger sums them, one vintage (census 2019: 3,426 + 3,499), against the
        // 5.5 km² and 7,000 people of a phường of a thành phố thuộc tỉnh.
        Assert.Equal(3426 + 3499, (long)phuong3["population"]!);
        Assert.Equal((double)phuong3["areaKm2"]! / 5.5 * 100, (double)phuong3["areaPercent"]!, 0.01);
        Assert.Equal((3426 + 3499) / 70.0, (double)phuong3["populationPercent"]!, 0.01);
    }

    [Fact]
    public async Task Suggestions_ForAnUnknownCode_Are404()
    {
        var (status, problem) = await PlannerApi.Send(Client, HttpMethod.Get, "/api/suggestions/99999");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("unit-not-found", PlannerApi.Type(problem!));
    }

    [Fact]
    public async Task Diff_AMergeAgainstAnEmptyScenario_ListsTheMergeOnlyInTheFirst_AndTheThreeWardsThatDiffer()
    {
        var (merged, version) = await PlannerApi.Create(Client, "diff merged");
        await PlannerApi.Apply(Client, merged, version, PlannerApi.MergeNq1277);
        var (empty, _) = await PlannerApi.Create(Client, "diff empty");

        var diff = await PlannerApi.Ok(Client, HttpMethod.Get, $"/api/scenarios/{merged}/diff/{empty}");

        var operation = Assert.Single(diff["operations"]!.AsArray())!;
        Assert.Equal("-", (string)operation["sign"]!);
        Assert.Equal("Nhập Phường 2, Phường 3, Phường 6 → Phường 3 (mã 29242)", (string)operation["text"]!);
        Assert.Equal("title", (string)diff["details"]!.AsArray().Single()!["field"]!);
        var units = diff["units"]!.AsArray().ToDictionary(u => (string)u!["code"]!);
        Assert.Equal(["29242", "29245", "29251"], units.Keys.Order());
        Assert.Null(units["29245"]!["left"]);
        Assert.Equal("Phường 2", (string)units["29245"]!["right"]!["name"]!);
        Assert.Equal(1.47, (double)units["29242"]!["left"]!["areaKm2"]!, 0.01);
        Assert.Equal(0.17, (double)units["29242"]!["right"]!["areaKm2"]!, 0.01);
    }
}
