using System.Net;
using System.Text.Json.Nodes;
using Boundaries.Web.Tests.TestSupport;

namespace Boundaries.Web.Tests.References;

/// <summary>The reference layers as the API sends them, on Vĩnh Long 2025: the communes and districts before the arrangement, from the c. 2013 layer.</summary>
[Collection(VinhLongCollection.Name)]
public sealed class VinhLongReferenceEndpointTests(VinhLongPlanner planner)
{
    [Fact]
    public async Task OtherBaseline_VinhLong2025_CommunesAndDistrictsOfTheThreeFormerProvinces()
    {
        var layer = await PlannerApi.Ok(planner.Client, HttpMethod.Get, "/api/references/other-baseline");

        var kinds = layer["shapes"]!.AsArray().GroupBy(s => (string)s!["kind"]!).ToDictionary(g => g.Key, g => g.Count());
        // c. 2013: 164 communes of Bến Tre, 105 of Trà Vinh, 109 of Vĩnh Long; 9 + 8 + 8 districts.
        Assert.Equal(378, kinds["commune"]);
        Assert.Equal(25, kinds["district"]);
        Assert.Contains("khoảng năm 2013", (string)layer["label"]!);
        Assert.Contains("Tỉnh Bến Tre", (string)layer["note"]!);
        Assert.DoesNotContain("không có ranh giới", (string)layer["note"]!);
        Assert.Contains((string)layer["shapes"]![0]!["geometry"]!["type"]!, new[] { "Polygon", "MultiPolygon" });
    }

    [Fact]
    public async Task Project_VinhLong2025_ListsTheLayersWithoutTheirShapes()
    {
        var project = await PlannerApi.Ok(planner.Client, HttpMethod.Get, "/api/project");

        var references = project["references"]!.AsArray();
        Assert.Equal(["other-baseline", "province", "seats"], references.Select(r => (string)r!["id"]!));
        Assert.False((bool)references[2]!["available"]!);
        Assert.Null(references[0]!["shapes"]);
    }

    [Fact]
    public async Task Seats_NoDataHasThem_NotFoundInVietnamese()
    {
        var (status, problem) = await PlannerApi.Send(planner.Client, HttpMethod.Get, "/api/references/seats");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Không có lớp tham chiếu", (string)problem!["title"]!);
    }
}

/// <summary>The reference layers as the API sends them, on Trà Vinh 2023: the units of 2025 over it and the outline of its districts.</summary>
[Collection(PlannerCollection.Name)]
public sealed class TraVinhReferenceEndpointTests(TraVinhPlanner planner)
{
    [Fact]
    public async Task OtherBaseline_TraVinh2023_TheUnitsOf2025ThatTookItsCommunes()
    {
        var layer = await PlannerApi.Ok(planner.Client, HttpMethod.Get, "/api/references/other-baseline?geometry=compact");

        var shapes = layer["shapes"]!.AsArray();
        // 41 xã and phường of the new tỉnh Vĩnh Long took in the 104 communes of the former Trà Vinh, none from another province.
        Assert.Equal(41, shapes.Count);
        Assert.All(shapes, s => Assert.NotNull(s!["geometry"]!["steps"]));
        Assert.Contains(shapes, s => (string)s!["name"]! == "Phường Trà Vinh");
        Assert.Contains("01/07/2025", (string)layer["label"]!);
        Assert.DoesNotContain("tỉnh khác", (string)layer["note"]!);
    }

    [Fact]
    public async Task Province_TraVinh2023_OneOutline()
    {
        var layer = await PlannerApi.Ok(planner.Client, HttpMethod.Get, "/api/references/province");

        var outline = Assert.Single(layer["shapes"]!.AsArray());
        Assert.Equal("province", (string)outline!["kind"]!);
        Assert.Contains("Trà Vinh", (string)outline["name"]!);
    }
}
