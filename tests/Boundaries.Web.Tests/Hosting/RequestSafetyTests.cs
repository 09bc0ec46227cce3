using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Boundaries.Web.Tests.TestSupport;

namespace Boundaries.Web.Tests.Hosting;

/// <summary>Another page open in the same browser cannot change a scenario, and an impossible date is refused in Vietnamese.</summary>
[Collection(PlannerCollection.Name)]
public sealed class RequestSafetyTests(TraVinhPlanner planner)
{
    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("http://127.0.0.1:1")]
    [InlineData("null")]
    public async Task CreateScenario_FromAnotherOrigin_Forbidden(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/scenarios") { Content = JsonContent.Create(new { title = "Từ trang khác" }) };
        request.Headers.Add("Origin", origin);

        using var response = await planner.Client.SendAsync(request);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("cross-origin", PlannerApi.Type(problem));
        Assert.Contains("Chỉ trang bản đồ quy hoạch", (string)problem["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateScenario_CrossSiteFetchWithoutOrigin_Forbidden()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/scenarios") { Content = JsonContent.Create(new { title = "Từ trang khác" }) };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var response = await planner.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CreateScenario_FromThePlannerItself_Created()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/scenarios") { Content = JsonContent.Create(new { title = "Cùng trang" }) };
        request.Headers.Add("Origin", planner.Client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await planner.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("2023-02-31")]
    [InlineData("31/02/2023")]
    [InlineData("2023-13-01")]
    public async Task Units_ImpossibleDate_400WithVietnameseMessage(string date)
    {
        var (status, problem) = await PlannerApi.Send(planner.Client, HttpMethod.Get, $"/api/units?asOf={Uri.EscapeDataString(date)}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid-date", PlannerApi.Type(problem!));
        Assert.Equal("Ngày không hợp lệ", (string)problem!["title"]!);
        Assert.Contains($"Ngày '{date}' không có trên lịch", (string)problem["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateScenario_ImpossibleEffectiveDate_400WithVietnameseMessage()
    {
        var (status, problem) = await PlannerApi.Send(planner.Client, HttpMethod.Post, "/api/scenarios", new JsonObject { ["title"] = "Sai ngày", ["effectiveDate"] = "2025-02-31" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid-date", PlannerApi.Type(problem!));
        Assert.Contains("không có trên lịch", (string)problem!["detail"]!, StringComparison.Ordinal);
    }
}
