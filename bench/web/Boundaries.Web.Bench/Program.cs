using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Boundaries.Data.Import;
using Boundaries.Data.Projects;
using Boundaries.Data.Standards;
using Boundaries.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

// The web planner's payloads and operation round trip on Vĩnh Long 2025 and Trà Vinh 2023, on a real Kestrel server
// on 127.0.0.1: the bytes of the first load on the wire (Accept-Encoding: br), the bytes of an operation's answer, and
// the round trip of a merge of two neighbouring communes (POST, read the whole answer), then of its undo.
// Usage: dotnet run -c Release --project bench/web/Boundaries.Web.Bench [-- ROUNDS]
// Exit code 0 when every dataset meets the floors of issue 15, 1 otherwise.
const long FirstLoadFloor = 150_000;
const long AnswerFloor = 20_000;
const double RoundTripFloorMs = 50;

var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var root = Root();
var catalogue = StandardsCatalogueLoader.Load(Path.Combine(root, "data", "standards"));
Bench[] benches =
[
    // Two pairs of neighbouring wards of the former TP Bến Tre and two xã of the former huyện Chợ Lách and Giồng Trôm.
    new("vinh-long-2025", new DateOnly(2026, 1, 1), [("28756", "28777", "phuong"), ("28777", "28783", "phuong"), ("28870", "28879", "xa"), ("28984", "28987", "xa")], null),
    // Two wards of TP Trà Vinh, two of huyện Cầu Kè, two of huyện Trà Cú; and xã Nguyệt Hóa moved to TP Trà Vinh.
    new("tra-vinh", new DateOnly(2023, 6, 13), [("29245", "29242", "phuong"), ("29239", "29236", "phuong"), ("29462", "29494", "xa")], ("29395", "842")),
];

var met = true;
foreach (var bench in benches)
{
    met &= await Run(bench);
}

return met ? 0 : 1;

async Task<bool> Run(Bench bench)
{
    var project = ProjectBuilder.Build(Path.Combine(root, "data", "boundaries", bench.Dataset), ImportOptions.Default, catalogue).Project;
    var folder = Path.Combine(Path.GetTempPath(), "boundaries-web-bench", Guid.NewGuid().ToString("N"));
    var options = new PlannerOptions
    {
        Map = project.Map,
        DatasetName = project.Metadata.DatasetName,
        DatasetId = bench.Dataset,
        UnitsAsOf = project.Metadata.UnitsAsOf,
        Catalogue = catalogue,
        ScenariosFolder = folder,
        DefaultAsOf = bench.AsOf,
        References = new Boundaries.Data.References.ReferenceSources(project.Map, Path.Combine(root, "data", "boundaries")),
    };

    var started = Stopwatch.StartNew();
    await using var app = PlannerApp.Build(options, ["http://127.0.0.1:0"]);
    await app.StartAsync();
    var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    Console.WriteLine($"== {project.Metadata.DatasetName}: {project.Map.Communes.Count()} communes, {project.Map.Districts.Count()} districts; planner started in {started.ElapsedMilliseconds} ms");

    // The wire as the browser sees it: Brotli asked for, nothing decompressed.
    using var wire = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = address };
    wire.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");
    // The page's client: Brotli asked for and decompressed, as a browser does.
    using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All }) { BaseAddress = address };

    var firstLoad = await FirstLoad(wire, bench.AsOf);
    Console.WriteLine($"first load (page, scripts, project, downloads, baseline with units, scenarios): {Kb(firstLoad.Sum(f => f.Bytes))} on the wire (br)");
    foreach (var (url, bytes, plain) in firstLoad.Where(f => f.Bytes > 2000))
    {
        Console.WriteLine($"  {url}: {Kb(bytes)} (uncompressed {Kb(plain)})");
    }

    // Reference layers are fetched only when the planner turns one on: not part of the first load.
    foreach (var entry in options.References.Entries.Where(e => e.Available))
    {
        var read = Stopwatch.StartNew();
        var (bytes, text) = await Fetch(wire, $"/api/references/{entry.Id}?geometry=compact");
        Console.WriteLine($"reference layer {entry.Id}, on demand: {Kb(bytes)} on the wire (uncompressed {Kb(System.Text.Encoding.UTF8.GetByteCount(text))}), first answer in {read.ElapsedMilliseconds} ms");
    }

    var created = await client.PostAsJsonAsync("/api/scenarios", new { title = "benchmark" });
    var scenario = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["scenario"]!;
    var id = (string)scenario["id"]!;
    var version = (long)scenario["version"]!;

    // One answer of each pair on the wire, measured outside the timed rounds.
    long answerBytes = 0;
    foreach (var (a, b, type) in bench.Pairs)
    {
        using var applied = await wire.PostAsJsonAsync($"/api/scenarios/{id}/operations?geometry=compact", Operation(version, Merge(a, b, type)));
        var body = await applied.Content.ReadAsByteArrayAsync();
        Check(applied, $"merge {a} + {b}", body);
        answerBytes = Math.Max(answerBytes, body.Length);
        using var undone = await client.PostAsJsonAsync($"/api/scenarios/{id}/undo?geometry=compact", new { version = version + 1 });
        version = Version(await undone.Content.ReadAsByteArrayAsync());
    }

    Console.WriteLine($"an operation's answer (scenario, table, changed units): at most {Kb(answerBytes)} on the wire (br) over the {bench.Pairs.Length} merges");

    var merge = new List<double>();
    var undo = new List<double>();
    for (var i = 0; i < rounds + 20; i++)
    {
        var (a, b, type) = bench.Pairs[i % bench.Pairs.Length];
        var watch = Stopwatch.StartNew();
        using var applied = await client.PostAsJsonAsync($"/api/scenarios/{id}/operations?geometry=compact", Operation(version, Merge(a, b, type)));
        var body = await applied.Content.ReadAsByteArrayAsync();
        var mergeMs = watch.Elapsed.TotalMilliseconds;
        Check(applied, $"merge {a} + {b}", body);
        version = Version(body);
        watch.Restart();
        using var undone = await client.PostAsJsonAsync($"/api/scenarios/{id}/undo?geometry=compact", new { version });
        var undoBody = await undone.Content.ReadAsByteArrayAsync();
        var undoMs = watch.Elapsed.TotalMilliseconds;
        version = Version(undoBody);
        if (i >= 20)
        {
            merge.Add(mergeMs);
            undo.Add(undoMs);
        }
    }

    Console.WriteLine($"{rounds} rounds after 20 warm-up, {Environment.ProcessorCount} cores");
    var median = Report("merge two neighbouring communes → scenario, table, changed units", merge);
    Report("undo (replays the remaining operations)", undo);

    if (bench.Reassign is var (unit, district))
    {
        // Moving a commune to another district changes two district outlines, which are made again from their shapes.
        var reassign = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var operation = new JsonObject { ["op"] = "reassign", ["units"] = new JsonArray(unit), ["to"] = district };
            var watch = Stopwatch.StartNew();
            using var applied = await client.PostAsJsonAsync($"/api/scenarios/{id}/operations?geometry=compact", Operation(version, operation));
            var body = await applied.Content.ReadAsByteArrayAsync();
            reassign.Add(watch.Elapsed.TotalMilliseconds);
            Check(applied, $"reassign {unit}", body);
            version = Version(body);
            using var undone = await client.PostAsJsonAsync($"/api/scenarios/{id}/undo?geometry=compact", new { version });
            version = Version(await undone.Content.ReadAsByteArrayAsync());
        }

        Report($"reassign {unit} to {district} (two district outlines made again), 20 rounds", reassign);
    }

    await app.StopAsync();
    Directory.Delete(folder, recursive: true);

    var verdicts = new[]
    {
        (firstLoad.Sum(f => f.Bytes) < FirstLoadFloor, $"first load under {Kb(FirstLoadFloor)}"),
        (answerBytes < AnswerFloor, $"operation answer under {Kb(AnswerFloor)}"),
        (median < RoundTripFloorMs, $"median merge round trip under {RoundTripFloorMs} ms"),
    };
    foreach (var (ok, floor) in verdicts)
    {
        Console.WriteLine($"  {(ok ? "met" : "NOT MET")}: {floor}");
    }

    Console.WriteLine();
    return verdicts.All(v => v.Item1);
}

// What the page fetches before it is ready: "/", the files it links and imports, and the API calls of app.js's start().
static async Task<List<(string Url, long Bytes, long Plain)>> FirstLoad(HttpClient wire, DateOnly asOf)
{
    var files = new List<(string, long, long)>();
    var pending = new Queue<string>(["/"]);
    var seen = new HashSet<string>(pending);
    while (pending.TryDequeue(out var url))
    {
        var (bytes, text) = await Fetch(wire, url);
        files.Add((url, bytes, System.Text.Encoding.UTF8.GetByteCount(text)));
        var links = Regex.Matches(text, "(?:href|src)=\"(/page/[^\"]+)\"").Select(m => m.Groups[1].Value)
            .Concat(Regex.Matches(text, "from '\\./([^']+)'").Select(m => "/page/" + m.Groups[1].Value));
        foreach (var link in links.Where(seen.Add))
        {
            pending.Enqueue(link);
        }
    }

    foreach (var url in new[] { "/api/project", "/api/downloads", $"/api/baseline?geometry=compact&asOf={asOf:yyyy-MM-dd}", "/api/scenarios" })
    {
        var (bytes, text) = await Fetch(wire, url);
        files.Add((url, bytes, System.Text.Encoding.UTF8.GetByteCount(text)));
    }

    return files;
}

static async Task<(long Bytes, string Text)> Fetch(HttpClient wire, string url)
{
    using var response = await wire.GetAsync(url);
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadAsByteArrayAsync();
    var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
    using var plain = new MemoryStream();
    using (var input = encoding == "br" ? new System.IO.Compression.BrotliStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress) : (Stream)new MemoryStream(body))
    {
        await input.CopyToAsync(plain);
    }

    return (body.Length, System.Text.Encoding.UTF8.GetString(plain.ToArray()));
}

static JsonObject Merge(string a, string b, string type) =>
    new() { ["op"] = "merge", ["units"] = new JsonArray(a, b), ["into"] = new JsonObject { ["code"] = b, ["name"] = "Thử", ["type"] = type } };

static JsonObject Operation(long version, JsonObject operation) => new() { ["version"] = version, ["operation"] = operation };

static void Check(HttpResponseMessage response, string what, byte[] body)
{
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
    }
}

static double Report(string what, List<double> ms)
{
    var sorted = ms.Order().ToList();
    double P(double q) => sorted[(int)Math.Min(sorted.Count - 1, Math.Round(q * (sorted.Count - 1)))];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: median {P(0.5):F1} ms, p90 {P(0.9):F1} ms, p99 {P(0.99):F1} ms, min {sorted[0]:F1} ms"));
    return P(0.5);
}

static string Kb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1000.0:F1} KB");

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

/// <summary>One dataset to measure: its folder under data/boundaries, the evaluation date, pairs of neighbouring communes to merge, and a commune to move to another district.</summary>
internal sealed record Bench(string Dataset, DateOnly AsOf, (string A, string B, string Type)[] Pairs, (string Unit, string District)? Reassign);
