using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Boundaries.Web.Tests.TestSupport;

namespace Boundaries.Web.Tests.Scenarios;

/// <summary>What goes over the wire: compressed answers, and an operation's answer carrying only what it changed.</summary>
[Collection(PlannerCollection.Name)]
public sealed class PayloadApiTests(TraVinhPlanner planner)
{
    private HttpClient Client => planner.Client;

    [Theory]
    [InlineData("/api/units", "br")]
    [InlineData("/api/units", "gzip")]
    [InlineData("/api/baseline?geometry=compact", "br")]
    [InlineData("/", "br")]
    [InlineData("/page/map.js", "gzip")]
    public async Task TextAnswers_AreCompressed_AsTheClientAsks(string url, string encoding)
    {
        using var wire = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = planner.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await wire.SendAsync(request);
        var onTheWire = (await response.Content.ReadAsByteArrayAsync()).Length;

        using var plain = await Client.GetAsync(url);
        var uncompressed = (await plain.Content.ReadAsByteArrayAsync()).Length;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.True(onTheWire * 2 < uncompressed, $"{url}: {onTheWire} bytes with {encoding}, {uncompressed} without");
    }

    [Fact]
    public async Task Merge_Phuong2And3And6OfTpTraVinh_AnswersOnlyTheNewPhuong3AndTheTwoGone()
    {
        var (id, version) = await PlannerApi.Create(Client, "changed only");
        var merged = await PlannerApi.Apply(Client, id, version, PlannerApi.MergeNq1277);

        var changed = merged["units"]!["features"]!.AsArray().Select(f => (string)f!["properties"]!["code"]!).Order().ToList();
        var removed = merged["removed"]!.AsArray().Select(c => (string)c!).Order().ToList();
        Assert.Equal(["29242"], changed);
        Assert.Equal(["29245", "29251"], removed);
        var phuong3 = PlannerApi.Feature(merged["units"]!, "29242")!;
        Assert.Equal("Phường 3", (string)phuong3["properties"]!["name"]!);
        Assert.Equal("permitted", (string)phuong3["properties"]!["status"]!);
        Assert.Equal(1.47, (double)phuong3["properties"]!["areaKm2"]!, 2);
        Assert.Equal("29242", (string)PlannerApi.Row(merged, "29242")["code"]!);

        var undone = await PlannerApi.Ok(Client, HttpMethod.Post, $"/api/scenarios/{id}/undo", new { version = version + 1 });
        var back = undone["units"]!["features"]!.AsArray().Select(f => (string)f!["properties"]!["code"]!).Order().ToList();
        Assert.Equal(["29242", "29245", "29251"], back);
        Assert.Empty(undone["removed"]!.AsArray());
    }

    [Fact]
    public async Task Merge_WithCompactGeometry_GivesTheSameVerticesAsGeoJson()
    {
        var (id, version) = await PlannerApi.Create(Client, "compact");
        var compact = await PlannerApi.Ok(Client, HttpMethod.Post, $"/api/scenarios/{id}/operations?geometry=compact", new JsonObject
        {
            ["version"] = version,
            ["operation"] = PlannerApi.MergeNq1277.DeepClone(),
        });
        var geoJson = await PlannerApi.Ok(Client, HttpMethod.Get, $"/api/scenarios/{id}/result/units");

        var steps = PlannerApi.Feature(compact["units"]!, "29242")!["geometry"]!["steps"]!.AsArray();
        var (x, y) = (0L, 0L);
        var decoded = new List<(double, double)>();
        foreach (var ring in steps)
        {
            (x, y) = (0, 0);
            var flat = ring!.AsArray().Select(n => (long)n!).ToList();
            for (var i = 0; i < flat.Count; i += 2)
            {
                (x, y) = (x + flat[i], y + flat[i + 1]);
                decoded.Add((x / 5e4, y / 5e4));
            }
        }

        var vertices = PlannerApi.Vertices(PlannerApi.Feature(geoJson, "29242")!).ToList();
        Assert.Equal(vertices.Count, decoded.Count);
        Assert.All(vertices.Zip(decoded), p => Assert.True(Math.Abs(p.First.Item1 - p.Second.Item1) < 1e-9 && Math.Abs(p.First.Item2 - p.Second.Item2) < 1e-9));
    }

    [Fact]
    public async Task Describe_TwiceWithTheVersionEachAnswerGives_BothAreSaved()
    {
        var (id, version) = await PlannerApi.Create(Client, "two edits");
        var first = await PlannerApi.Ok(Client, HttpMethod.Put, $"/api/scenarios/{id}", new { version, title = "Lần một", effectiveDate = "2025-07-01" });
        var second = await PlannerApi.Ok(Client, HttpMethod.Put, $"/api/scenarios/{id}", new { version = (long)first["version"]!, title = "Lần hai", effectiveDate = "2025-07-01" });

        Assert.Equal(version + 2, (long)second["version"]!);
        Assert.Equal("Lần hai", (string)second["title"]!);
        var (status, problem) = await PlannerApi.Send(Client, HttpMethod.Put, $"/api/scenarios/{id}", new { version = (long)first["version"]!, title = "Cũ" });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("version-conflict", PlannerApi.Type(problem!));
    }
}
