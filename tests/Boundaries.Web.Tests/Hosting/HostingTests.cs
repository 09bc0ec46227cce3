using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Boundaries.Web.Hosting;
using Boundaries.Web.Tests.TestSupport;

namespace Boundaries.Web.Tests.Hosting;

[Collection(PlannerCollection.Name)]
public sealed class HostingTests(TraVinhPlanner planner)
{
    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        var document = await PlannerApi.Ok(planner.Client, HttpMethod.Get, "/openapi/v1.json");

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        foreach (var path in new[]
        {
            "/api/units", "/api/evaluation", "/api/scenarios", "/api/scenarios/{id}", "/api/scenarios/{id}/operations",
            "/api/scenarios/{id}/undo", "/api/scenarios/{id}/redo", "/api/scenarios/{id}/result", "/api/scenarios/{id}/downloads/{name}",
        })
        {
            Assert.Contains(path, paths);
        }

        Assert.NotNull(document["paths"]!["/api/scenarios/{id}/operations"]!["post"]!["responses"]!["409"]);
    }

    [Fact]
    public async Task Page_Root_IsTheEmbeddedPlannerWithAStrictContentPolicy()
    {
        using var response = await planner.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("/page/app.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/page/app.js", "text/javascript")]
    [InlineData("/page/map.js", "text/javascript")]
    [InlineData("/page/planner.css", "text/css")]
    public async Task Page_Files_AreServedFromTheAssembly(string path, string type)
    {
        using var response = await planner.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Page_UnknownFile_Is404()
    {
        using var response = await planner.Client.GetAsync("/page/../Boundaries.Web.dll");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Request_BodyOverTheLimit_Is413Problem()
    {
        var large = "{\"title\":\"" + new string('x', 3 * 1024 * 1024) + "\"}";
        using var content = new StringContent(large, Encoding.UTF8, "application/json");

        using var response = await planner.Client.PostAsync("/api/scenarios/import", content);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("too-large", PlannerApi.Type(problem));
    }

    [Fact]
    public async Task Request_ForeignHostName_IsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/project");
        request.Headers.Host = "planner.example.com";

        using var response = await planner.Client.SendAsync(request);

        // A loopback planner answers only to loopback names (no DNS rebinding from a web page elsewhere).
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Request_NotJson_Is415()
    {
        using var content = new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await planner.Client.PostAsync("/api/scenarios", content);

        // A page elsewhere can post a form to 127.0.0.1 without asking; it cannot post JSON without a CORS preflight.
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://192.168.1.10:5080", false)]
    public void Parse_WithoutAllowRemote_AcceptsOnlyLoopback(string url, bool accepted)
    {
        var parse = () => ListenAddresses.Parse(url, allowRemote: false);

        if (accepted)
        {
            Assert.Equal([url], parse());
        }
        else
        {
            Assert.Contains("--allow-remote", Assert.Throws<ArgumentException>(parse).Message, StringComparison.Ordinal);
        }
    }
}
