using System.Text.Json.Nodes;
using Boundaries.Web.Tests.TestSupport;

namespace Boundaries.Web.Tests.Proposals;

/// <summary>The preview and suggestions on tỉnh Vĩnh Long of 2025 (two-tier) under NQ 112/2025/UBTVQH15, as of 04/12/2026: no arrangement programme, so no Điều 4 rule.</summary>
[Collection(VinhLongCollection.Name)]
public sealed class VinhLongProposalApiTests(VinhLongPlanner planner)
{
    /// <summary>Phường Trường Long Hòa (56.49 km², 1,615 people declared) into Phường Duyên Hải (69.63 km², 24,356 people declared).</summary>
    public static readonly JsonObject MergeTruongLongHoaIntoDuyenHai = PlannerApi.Operation("""
        {"op":"merge","units":["29516","29512"],"into":{"code":"29512","name":"Phường Duyên Hải","type":"phuong"}}
        """);

    private HttpClient Client => planner.Client;

    [Fact]
    public async Task Preview_TruongLongHoaIntoDuyenHai_MeetsBothNq112Standards_WithTheDeclaredPopulationsSummedAndTheUnionMeasured()
    {
        var preview = await PlannerApi.Ok(Client, HttpMethod.Post, "/api/preview", new JsonObject { ["operation"] = MergeTruongLongHoaIntoDuyenHai.DeepClone() });

        Assert.Null(preview["programme"]);
        var unit = Assert.Single(preview["units"]!.AsArray())!;
        var after = unit["row"]!["after"]!;
        // The percentages rest on the declared figures summed: 56.49 + 69.63 = 126.12 km² of 5.5 km², and
        // 1,615 + 24,356 = 25,971 people of the 21,000 of a phường (NQ 112/2025/UBTVQH15).
        Assert.Equal(126.12, (double)unit["areaKm2"]!, 0.005);
        Assert.Equal(25_971, (long)unit["population"]!);
        Assert.Equal(126.12 / 5.5 * 100, (double)after["areaPercent"]!, 0.01);
        // The table's area is the union of the two polygons measured on the ellipsoid, as for every changed unit.
        var measured = VinhLong2025Project.Map.Find("29516")!.GeodesicAreaKm2!.Value + VinhLong2025Project.Map.Find("29512")!.GeodesicAreaKm2!.Value;
        Assert.Equal(measured, (double)after["areaKm2"]!, 0.01);
        Assert.Equal(25_971 / 21_000.0 * 100, (double)after["populationPercent"]!, 0.01);
        Assert.Equal(5.5, (double)unit["standard"]!["minAreaKm2"]!);
        Assert.Equal(21_000, (double)unit["standard"]!["minPopulation"]!);
        Assert.StartsWith("NQ 112/2025/UBTVQH15", (string)unit["standard"]!["citation"]!, StringComparison.Ordinal);
        Assert.Equal("meets", (string)unit["row"]!["complianceKey"]!);
        Assert.Null(unit["rule"]);
    }

    [Fact]
    public async Task Suggestions_ForTruongLongHoa_PutDuyenHaiFirst_WithTheDeclaredPopulationsSummed()
    {
        var list = await PlannerApi.Ok(Client, HttpMethod.Get, "/api/suggestions/29516");

        var first = list["suggestions"]!.AsArray()[0]!;
        Assert.Equal("29512", (string)first["code"]!);
        Assert.Equal(25_971, (long)first["population"]!);
        Assert.True((bool)first["meets"]!);
    }
}
