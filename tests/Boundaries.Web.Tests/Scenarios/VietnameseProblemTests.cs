using System.Net;
using System.Text.Json.Nodes;
using Boundaries.Web.Tests.TestSupport;

namespace Boundaries.Web.Tests.Scenarios;

/// <summary>The refusals and errors the page shows come in Vietnamese, from the engine and the scenario reader alike.</summary>
[Collection(PlannerCollection.Name)]
public sealed class VietnameseProblemTests(TraVinhPlanner planner)
{
    private static readonly string[] EnglishWords = [" would ", "declare", "expected", " field ", " unit ", "operation ", " found "];

    private HttpClient Client => planner.Client;

    [Fact]
    public async Task Merge_OfPhuong1AndPhuong9OfTpTraVinh_IsRefusedInVietnamese()
    {
        var (id, version) = await PlannerApi.Create(Client, "not adjacent");
        var (status, problem) = await Operation(id, version, """{"op":"merge","units":["29239","29260"],"into":{"code":"29239","name":"Phường 1","type":"phuong"}}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("not-adjacent", (string)problem["check"]!);
        var detail = (string)problem["detail"]!;
        Assert.Contains("không có chung ranh giới với phần còn lại của Phường 1", detail, StringComparison.Ordinal);
        Assert.Contains("cù lao", detail, StringComparison.Ordinal);
        AssertVietnamese(detail);
    }

    [Fact]
    public async Task Merge_WithoutTheNewUnit_IsA400InVietnamese()
    {
        var (id, version) = await PlannerApi.Create(Client, "no into");
        var (status, problem) = await Operation(id, version, """{"op":"merge","units":["29245","29242"]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var detail = (string)problem["detail"]!;
        Assert.Contains("thiếu trường bắt buộc \"into\"", detail, StringComparison.Ordinal);
        AssertVietnamese(detail);
    }

    [Fact]
    public async Task Reassign_ToTheDistrictItIsIn_IsRefusedInVietnamese()
    {
        var (id, version) = await PlannerApi.Create(Client, "same name");
        var (status, problem) = await Operation(id, version, """{"op":"reassign","units":["29236"],"to":"842"}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var detail = (string)problem["detail"]!;
        Assert.Equal("Phường 4 (29236) đã trực thuộc Thành phố Trà Vinh (842)", detail);
    }

    private async Task<(HttpStatusCode Status, JsonNode Problem)> Operation(string id, long version, string json)
    {
        var (status, problem) = await PlannerApi.Send(Client, HttpMethod.Post, $"/api/scenarios/{id}/operations", new JsonObject
        {
            ["version"] = version,
            ["operation"] = PlannerApi.Operation(json),
        });
        return (status, problem!);
    }

    private static void AssertVietnamese(string detail) =>
        Assert.All(EnglishWords, word => Assert.DoesNotContain(word, detail, StringComparison.OrdinalIgnoreCase));
}
