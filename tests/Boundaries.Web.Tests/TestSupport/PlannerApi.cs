using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Boundaries.Web.Tests.TestSupport;

/// <summary>Calls the planner's API as the page does and returns the answers as JSON, with the status.</summary>
internal static class PlannerApi
{
    public static readonly JsonObject MergeNq1277 = Operation("""
        {"op":"merge","units":["29245","29242","29251"],"into":{"code":"29242","name":"Phường 3","type":"phuong"}}
        """);

    public static JsonObject Operation(string json) => JsonNode.Parse(json)!.AsObject();

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> Send(HttpClient client, HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = body is string text
                ? new StringContent(text, Encoding.UTF8, "application/json")
                : JsonContent.Create(body);
        }

        using var response = await client.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, content.Length == 0 ? null : JsonNode.Parse(content));
    }

    public static async Task<JsonNode> Ok(HttpClient client, HttpMethod method, string url, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (status, json) = await Send(client, method, url, body);
        Assert.True(status == expected, $"{method} {url}: {(int)status} {json?.ToJsonString()}");
        return json!;
    }

    /// <summary>Creates a scenario with a unique title and returns its id and version.</summary>
    public static async Task<(string Id, long Version)> Create(HttpClient client, string title)
    {
        var json = await Ok(client, HttpMethod.Post, "/api/scenarios", new { title = $"{title} {Guid.NewGuid():N}" }, HttpStatusCode.Created);
        return ((string)json["scenario"]!["id"]!, (long)json["scenario"]!["version"]!);
    }

    public static Task<JsonNode> Apply(HttpClient client, string id, long version, JsonObject operation) =>
        Ok(client, HttpMethod.Post, $"/api/scenarios/{id}/operations", new JsonObject { ["version"] = version, ["operation"] = operation.DeepClone() });

    /// <summary>The table row of a unit.</summary>
    public static JsonNode Row(JsonNode snapshot, string code) =>
        snapshot["table"]!["rows"]!.AsArray().Single(r => (string)r!["code"]! == code)!;

    /// <summary>The GeoJSON feature of a unit.</summary>
    public static JsonNode? Feature(JsonNode collection, string code) =>
        collection["features"]!.AsArray().SingleOrDefault(f => (string)f!["properties"]!["code"]! == code);

    /// <summary>Every vertex of a feature's geometry, as (lon, lat).</summary>
    public static IEnumerable<(double, double)> Vertices(JsonNode feature)
    {
        var geometry = feature["geometry"]!;
        var polygons = (string)geometry["type"]! == "Polygon" ? [geometry["coordinates"]!] : geometry["coordinates"]!.AsArray().Select(p => p!);
        return polygons.SelectMany(p => p.AsArray()).SelectMany(r => r!.AsArray()).Select(c => ((double)c![0]!, (double)c[1]!));
    }

    public static string Type(JsonNode problem) => ((string)problem["type"]!).Replace("urn:boundaries:problem:", "", StringComparison.Ordinal);

    public static JsonSerializerOptions Web { get; } = new(JsonSerializerDefaults.Web);
}
