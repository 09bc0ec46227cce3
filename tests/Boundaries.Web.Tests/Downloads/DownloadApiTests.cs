using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using Boundaries.Data.Scenarios;
using Boundaries.Web.Tests.TestSupport;

namespace Boundaries.Web.Tests.Downloads;

[Collection(PlannerCollection.Name)]
[Trait("Category", "Slow")]
public sealed class DownloadApiTests(TraVinhPlanner planner)
{
    private HttpClient Client => planner.Client;

    [Fact]
    public async Task List_NamesLayersTablesDossierAndMaps()
    {
        var list = await PlannerApi.Ok(Client, HttpMethod.Get, "/api/downloads");

        var byName = list.AsArray().ToDictionary(d => (string)d!["name"]!, d => d!);
        Assert.True((bool)byName["units.geojson"]["available"]!);
        Assert.True((bool)byName["units.csv"]["available"]!);
        Assert.False((bool)byName["scenario.json"]["forBaseline"]!);
        foreach (var made in new[] { "dossier.zip", "map.png", "map.pdf" })
        {
            Assert.True((bool)byName[made]["available"]!, made);
        }
    }

    [Fact]
    public async Task Baseline_UnitsCsv_IsTheEvaluationWithSixSeedUnitsToArrange()
    {
        using var response = await Client.GetAsync("/api/downloads/units.csv?asOf=2023-06-13");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("tra-vinh-units.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("code,name,type,parent_code,area_km2", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + 1 + 9 + 106, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("29242,Phường 3,phuong,842,", StringComparison.Ordinal) && l.Contains(",true,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scenario_ScenarioJson_IsAScenarioFileWithTheOperation()
    {
        var (id, version) = await PlannerApi.Create(Client, "download");
        await PlannerApi.Apply(Client, id, version, PlannerApi.MergeNq1277);

        var text = await Client.GetStringAsync($"/api/scenarios/{id}/downloads/scenario.json");

        var scenario = ScenarioFile.Parse(text, "download");
        Assert.Equal("merge", Assert.Single(scenario.Operations).Kind);
    }

    [Fact]
    public async Task Scenario_ResultGeoJson_HasTheMergedUnitWithItsFullPolygon()
    {
        var (id, version) = await PlannerApi.Create(Client, "download geojson");
        await PlannerApi.Apply(Client, id, version, PlannerApi.MergeNq1277);

        var layer = JsonNode.Parse(await Client.GetStringAsync($"/api/scenarios/{id}/downloads/units.geojson?asOf=2025-01-01"))!;

        var features = layer["features"]!.AsArray();
        Assert.Equal(1 + 9 + 104, features.Count);
        var phuong3 = features.Single(f => (string)f!["properties"]!["code"]! == "29242")!;
        Assert.Equal(1.47, (double)phuong3["properties"]!["area_km2"]!, 0.01);
        Assert.NotNull(phuong3["geometry"]);
        Assert.NotNull(features.Single(f => (string)f!["properties"]!["code"]! == "842")!["geometry"]);
    }

    [Fact]
    public async Task Scenario_CodeTable_SendsTheThreeWardsTo29242()
    {
        var (id, version) = await PlannerApi.Create(Client, "download codes");
        await PlannerApi.Apply(Client, id, version, PlannerApi.MergeNq1277);

        var csv = await Client.GetStringAsync($"/api/scenarios/{id}/downloads/codes.csv");

        foreach (var old in new[] { "29245", "29242", "29251" })
        {
            Assert.Contains(csv.Split('\n'), l => l.Contains($",{old},", StringComparison.Ordinal) && l.Contains(",29242,", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Scenario_Dossier_IsAZipOfEveryDocumentWithTheScenarioAndItsTables()
    {
        var (id, version) = await PlannerApi.Create(Client, "dossier");
        await PlannerApi.Apply(Client, id, version, PlannerApi.MergeNq1277);

        using var response = await Client.GetAsync($"/api/scenarios/{id}/downloads/dossier.zip?asOf=2024-11-14");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        foreach (var name in new[] { "to-trinh", "de-an", "nghi-quyet", "bao-cao-danh-gia-tac-dong", "bieu-thong-ke", "phieu-lay-y-kien" })
        {
            Assert.Contains($"{name}.docx", names);
            Assert.Contains($"{name}.html", names);
            Assert.Contains($"{name}.md", names);
        }

        Assert.Contains("phuong-an.json", names);
        using var reader = new StreamReader(zip.GetEntry("de-an.md")!.Open());
        var deAn = await reader.ReadToEndAsync();
        Assert.Contains("Phường 3", deAn, StringComparison.Ordinal);
        Assert.Contains("1,47", deAn, StringComparison.Ordinal);
        using var html = new StreamReader(zip.GetEntry("de-an.html")!.Open());
        Assert.Equal(2, (await html.ReadToEndAsync()).Split("data:image/png;base64,").Length - 1);
    }

    [Fact]
    public async Task Scenario_DossierOfAUnitNamedWithMarkup_ShowsTheNameAsText()
    {
        var (id, version) = await PlannerApi.Create(Client, "markup");
        await PlannerApi.Apply(Client, id, version, PlannerApi.Operation("""
            {"op":"merge","units":["29245","29242","29251"],"into":{"code":"29242","name":"<b>Ấp</b>","type":"phuong"}}
            """));

        var html = await DossierText(id, "nghi-quyet.html");

        Assert.DoesNotContain("<b>Ấp</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Ấp&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scenario_DossierOfARename_DraftResolutionNamesTheRename()
    {
        var (id, version) = await PlannerApi.Create(Client, "rename dossier");
        await PlannerApi.Apply(Client, id, version, PlannerApi.Operation("""{"op":"rename","unit":"29236","name":"Phường Bốn"}"""));

        var text = await DossierText(id, "nghi-quyet.md");

        Assert.Contains("Đổi tên Phường 4 thành phường Bốn. Sau khi đổi tên, phường Bốn có diện tích tự nhiên là 1,55 km²", text, StringComparison.Ordinal);
        Assert.DoesNotContain("; .", text, StringComparison.Ordinal);
    }

    /// <summary>One file of the scenario's dossier, dated 14/11/2024 (NQ 1277's day).</summary>
    private async Task<string> DossierText(string id, string entry)
    {
        using var response = await Client.GetAsync($"/api/scenarios/{id}/downloads/dossier.zip?asOf=2024-11-14");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public void Catalogue_WithoutTheirMakers_ListsDossierAndMapsAsNotBuilt()
    {
        var catalogue = new Boundaries.Web.Downloads.DownloadCatalogue([]);

        Assert.False(catalogue.Find("dossier.zip")!.Available);
        Assert.False(catalogue.Find("map.png")!.Available);
        Assert.True(catalogue.Find("units.csv")!.Available);
    }

    [Fact]
    public async Task Scenario_MapPng_IsAPrintableImageOfBeforeAndAfter()
    {
        var (id, version) = await PlannerApi.Create(Client, "map");
        await PlannerApi.Apply(Client, id, version, PlannerApi.MergeNq1277);

        using var response = await Client.GetAsync($"/api/scenarios/{id}/downloads/map.png");
        var png = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        // A4 at 200 dpi: the longer side is 297 mm, about 2,339 pixels.
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        Assert.Equal(2339, Math.Max(width, height), 3.0);
    }

    [Fact]
    public async Task Baseline_MapPdf_IsAPdf()
    {
        var pdf = await Client.GetByteArrayAsync("/api/downloads/map.pdf?asOf=2023-06-13");

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
    }

    [Fact]
    public async Task Baseline_ScenarioOnlyDownload_Is404()
    {
        var (status, _) = await PlannerApi.Send(Client, HttpMethod.Get, "/api/downloads/scenario.json");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }
}
