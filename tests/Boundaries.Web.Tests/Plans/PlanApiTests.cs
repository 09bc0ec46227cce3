using System.Text.Json.Nodes;
using Boundaries.Web.Tests.TestSupport;

namespace Boundaries.Web.Tests.Plans;

/// <summary>The whole-province plan offered group by group, on the former Trà Vinh as it stood before the 2025 reform (the 2023 data with NQ 1277/2024 applied: 104 units).</summary>
[Collection(PlannerCollection.Name)]
public sealed class PlanApiTests(TraVinhPlanner planner)
{
    private HttpClient Client => planner.Client;

    [Fact]
    public async Task Compute_OnTheScenarioOfNq1277_Under76_2025_Gives41Groups_EveryUnitOnce_OnlyLongThanhFailing_AndMergesThatApply()
    {
        var (id, version) = await PlannerApi.Create(Client, "plan 104");
        var merged = await PlannerApi.Apply(Client, id, version, PlannerApi.MergeNq1277);

        var plan = await PlannerApi.Ok(Client, HttpMethod.Post, "/api/plans", new JsonObject { ["scenario"] = id, ["targetUnits"] = 41 });

        var groups = plan["groups"]!.AsArray().Select(g => g!).ToList();
        var members = groups.SelectMany(g => g["members"]!.AsArray().Select(m => (string)m!["code"]!)).ToList();
        Assert.Equal(104, members.Count);
        Assert.Equal(104, members.Distinct().Count());
        Assert.Contains("29242", members);
        Assert.DoesNotContain("29245", members);
        Assert.True(groups.Count <= 41, $"{groups.Count} groups");
        Assert.Equal(groups.Count, (int)plan["unitCount"]!);
        // As `boundaries plan` finds: Thị trấn Long Thành has no polygon and no covering one, the one group that cannot meet.
        var failing = Assert.Single(groups, g => (bool)g["failing"]!);
        Assert.Equal("keep-29513", (string)failing["key"]!);
        Assert.Equal("cannot-meet", (string)failing["status"]!);
        Assert.StartsWith("không đạt định hướng — Ủy ban Thường vụ Quốc hội", (string)failing["verdict"]!);
        Assert.All(groups, g => Assert.False((bool)g["stale"]!));
        Assert.All(groups.Where(g => g["operation"] is not null), g =>
        {
            Assert.Equal("merge", (string)g["operation"]!["op"]!);
            Assert.NotEmpty((string)g["explanation"]!);
            var sum = g["members"]!.AsArray().Sum(m => (double?)m!["areaKm2"] ?? 0);
            Assert.Equal(sum, (double)g["areaKm2"]!, 0.01);
        });
        Assert.Contains("NQ 76/2025/UBTVQH15", (string)plan["rules"]!);
        Assert.StartsWith("Phương án do Boundaries lập", (string)plan["summary"]!);

        // A group accepted goes through the ordinary operation endpoint.
        var first = groups.First(g => g["operation"] is not null);
        var accepted = await PlannerApi.Apply(Client, id, (long)merged["scenario"]!["version"]!, first["operation"]!.AsObject());
        Assert.Equal(2, accepted["scenario"]!["operations"]!.AsArray().Count);
    }

    [Fact]
    public async Task Read_TheNq1277File_OnTheBaselineIsOneMergeOf3AndTheRestAlone_AndOnAScenarioHoldingThatMergeNothingToMerge()
    {
        var file = JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.Scenario("nq1277-2024-tp-tra-vinh.json")))!;

        var onBaseline = await PlannerApi.Ok(Client, HttpMethod.Post, "/api/plans/read", new JsonObject { ["plan"] = file.DeepClone() });
        var (id, version) = await PlannerApi.Create(Client, "plan read");
        await PlannerApi.Apply(Client, id, version, file["operations"]![0]!.AsObject());
        var onScenario = await PlannerApi.Ok(Client, HttpMethod.Post, "/api/plans/read", new JsonObject { ["plan"] = file.DeepClone(), ["scenario"] = id });

        var merge = Assert.Single(onBaseline["groups"]!.AsArray(), g => g!["operation"] is not null)!;
        Assert.Equal("merge-29242", (string)merge["key"]!);
        Assert.Equal(["29245", "29242", "29251"], merge["members"]!.AsArray().Select(m => (string)m!["code"]!));
        Assert.Equal(3426 + 3499 + 12187, (long)merge["population"]!);
        Assert.Equal(1.47, (double)merge["areaKm2"]!, 0.01);
        Assert.Equal(106 - 3 + 1, (int)onBaseline["unitCount"]!);
        Assert.DoesNotContain(onScenario["groups"]!.AsArray(), g => g!["operation"] is not null);
        Assert.Equal(104, (int)onScenario["unitCount"]!);
    }

    [Fact]
    public async Task Compute_WithAnUnknownOrientation_IsABadRequestInVietnamese()
    {
        var (status, body) = await PlannerApi.Send(Client, HttpMethod.Post, "/api/plans", new JsonObject { ["rules"] = "nq99" });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Không có định hướng “nq99”", (string)body!["detail"]!);
    }
}
