using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Boundaries.Data.Import;
using Boundaries.Data.Projects;
using Boundaries.Data.Standards;
using Boundaries.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

// Operation round trip of the web planner on Trà Vinh: POST a merge of two neighbouring communes to a real Kestrel
// server on 127.0.0.1 and read the whole answer (scenario, before → after table, units GeoJSON), then undo it.
// Usage: dotnet run -c Release --project bench/web/Boundaries.Web.Bench [-- ROUNDS]
var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var root = Root();
var catalogue = StandardsCatalogueLoader.Load(Path.Combine(root, "data", "standards"));
var project = ProjectBuilder.Build(Path.Combine(root, "data", "boundaries", "tra-vinh"), ImportOptions.Default, catalogue).Project;
var folder = Path.Combine(Path.GetTempPath(), "boundaries-web-bench", Guid.NewGuid().ToString("N"));
var options = new PlannerOptions
{
    Map = project.Map,
    DatasetName = project.Metadata.DatasetName,
    DatasetId = "tra-vinh",
    Catalogue = catalogue,
    ScenariosFolder = folder,
    DefaultAsOf = new DateOnly(2023, 6, 13),
};

var started = Stopwatch.StartNew();
await using var app = PlannerApp.Build(options, ["http://127.0.0.1:0"]);
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
Console.WriteLine($"planner started in {started.ElapsedMilliseconds} ms at {address}");
using var client = new HttpClient { BaseAddress = new Uri(address) };

// Neighbouring communes of different districts and sizes: two wards of TP Trà Vinh, two xã of huyện Cầu Kè, two of huyện Trà Cú.
(string A, string B, string Type)[] pairs = [("29245", "29242", "phuong"), ("29239", "29236", "phuong"), ("29462", "29494", "xa")];
var created = await client.PostAsJsonAsync("/api/scenarios", new { title = "benchmark" });
var scenario = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["scenario"]!;
var id = (string)scenario["id"]!;
var version = (long)scenario["version"]!;

var merge = new List<double>();
var undo = new List<double>();
var byPair = pairs.ToDictionary(p => $"{p.A} + {p.B}", _ => new List<double>());
long bytes = 0;
for (var i = 0; i < rounds + 20; i++)
{
    var (a, b, type) = pairs[i % pairs.Length];
    var operation = new JsonObject { ["op"] = "merge", ["units"] = new JsonArray(a, b), ["into"] = new JsonObject { ["code"] = b, ["name"] = "Thử", ["type"] = type } };
    var watch = Stopwatch.StartNew();
    using var applied = await client.PostAsJsonAsync($"/api/scenarios/{id}/operations", new JsonObject { ["version"] = version, ["operation"] = operation });
    var body = await applied.Content.ReadAsByteArrayAsync();
    var mergeMs = watch.Elapsed.TotalMilliseconds;
    if (!applied.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"merge {a} + {b}: {(int)applied.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
    }

    version = Version(body);
    watch.Restart();
    using var undone = await client.PostAsJsonAsync($"/api/scenarios/{id}/undo", new { version });
    var undoBody = await undone.Content.ReadAsByteArrayAsync();
    var undoMs = watch.Elapsed.TotalMilliseconds;
    version = Version(undoBody);
    if (i >= 20)
    {
        merge.Add(mergeMs);
        undo.Add(undoMs);
        byPair[$"{a} + {b}"].Add(mergeMs);
        bytes = body.Length;
    }
    else if (i == 0)
    {
        Console.WriteLine($"first merge (cold): {mergeMs:F1} ms, first undo: {undoMs:F1} ms");
    }
}

// Moving a commune to another district changes two district outlines, which are made again from their shapes.
var reassign = new List<double>();
for (var i = 0; i < 20; i++)
{
    var operation = new JsonObject { ["op"] = "reassign", ["units"] = new JsonArray("29395"), ["to"] = "842" };
    var watch = Stopwatch.StartNew();
    using var applied = await client.PostAsJsonAsync($"/api/scenarios/{id}/operations", new JsonObject { ["version"] = version, ["operation"] = operation });
    var body = await applied.Content.ReadAsByteArrayAsync();
    reassign.Add(watch.Elapsed.TotalMilliseconds);
    version = Version(body);
    using var undone = await client.PostAsJsonAsync($"/api/scenarios/{id}/undo", new { version });
    version = Version(await undone.Content.ReadAsByteArrayAsync());
}

Console.WriteLine($"{rounds} rounds after 20 warm-up, {Environment.ProcessorCount} cores, answer {bytes / 1024} KiB (scenario + table + GeoJSON of {project.Map.Communes.Count()} communes)");
Report("merge two neighbouring communes → GeoJSON + table", merge);
Report("undo (replays the remaining operations)", undo);
Report("reassign xã Nguyệt Hóa to TP Trà Vinh (two district outlines made again), 20 rounds", reassign);
foreach (var (pair, ms) in byPair)
{
    Report($"  merge {pair}", ms);
}

await app.StopAsync();
Directory.Delete(folder, recursive: true);
return merge.Order().ElementAt(merge.Count / 2) < 100 ? 0 : 1;

static void Report(string what, List<double> ms)
{
    var sorted = ms.Order().ToList();
    double P(double q) => sorted[(int)Math.Min(sorted.Count - 1, Math.Round(q * (sorted.Count - 1)))];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: median {P(0.5):F1} ms, p90 {P(0.9):F1} ms, p99 {P(0.99):F1} ms, min {sorted[0]:F1} ms"));
}

static long Version(byte[] body)
{
    using var document = JsonDocument.Parse(body);
    return document.RootElement.GetProperty("scenario").GetProperty("version").GetInt64();
}

static string Root()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Boundaries.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("Boundaries.sln not found above " + AppContext.BaseDirectory);
}
