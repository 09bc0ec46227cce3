using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using Boundaries.Data.Scenarios;
using Boundaries.Web.Tests.TestSupport;

namespace Boundaries.Web.Tests.Downloads;

[Collection(PlannerCollection.Name)]
public sealed class DownloadApiTests(TraVinhPlanner planner)
{
    private HttpClient Client => planner.Client;

    [Fact]
    public async Task List_NamesLayersAndThePlannedDossierAndMaps()
    {
        var list = await PlannerApi.Ok(Client, HttpMethod.Get, "/api/downloads");

        var byName = list.AsArray().ToDictionary(d => (string)d!["name"]!, d => d!);
        Assert.True((bool)byName["units.geojson"]["available"]!);
        Assert.True((bool)byName["units.csv"]["available"]!);
        Assert.False((bool)byName["scenario.json"]["forBaseline"]!);
        Assert.True((bool)byName["dossier.zip"]["available"]!);
        foreach (var planned in new[] { "map.png", "map.pdf" })
        {
            Assert.False((bool)byName[planned]["available"]!, planned);
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
    }

    [Fact]
    public void Catalogue_WithoutTemplatesOrMapRenderer_ListsThemAsNotBuilt()
    {
        var catalogue = new Boundaries.Web.Downloads.DownloadCatalogue([]);

        Assert.False(catalogue.Find("dossier.zip")!.Available);
        Assert.False(catalogue.Find("map.png")!.Available);
        Assert.True(catalogue.Find("units.csv")!.Available);
    }

    [Fact]
    public async Task Scenario_MapPng_Is501UntilTheRendererIsRegistered()
    {
        var (id, _) = await PlannerApi.Create(Client, "map");

        var (status, problem) = await PlannerApi.Send(Client, HttpMethod.Get, $"/api/scenarios/{id}/downloads/map.png");

        Assert.Equal(HttpStatusCode.NotImplemented, status);
        Assert.Equal("download-not-built", PlannerApi.Type(problem!));
    }

    [Fact]
    public async Task Baseline_ScenarioOnlyDownload_Is404()
    {
        var (status, _) = await PlannerApi.Send(Client, HttpMethod.Get, "/api/downloads/scenario.json");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }
}
