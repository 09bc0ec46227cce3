using System.Net;
using Boundaries.Web.Tests.TestSupport;

namespace Boundaries.Web.Tests.Downloads;

/// <summary>The map downloads of part of the province: ?district=, ?bbox= (the view on screen), ?units=&amp;neighbours= (the selection).</summary>
[Collection(PlannerCollection.Name)]
[Trait("Category", "Slow")]
public sealed class AreaMapDownloadTests(TraVinhPlanner planner)
{
    private HttpClient Client => planner.Client;

    [Theory]
    [InlineData("district=842", "BẢN ĐỒ ĐƠN VỊ HÀNH CHÍNH CẤP XÃ THÀNH PHỐ TRÀ VINH, TỈNH TRÀ VINH")]
    [InlineData("bbox=106.30,9.90,106.37,9.97", "KHU VỰC 106,30–106,37° ĐÔNG, 9,90–9,97° BẮC, TỈNH TRÀ VINH")]
    public async Task Baseline_MapOfAnArea_IsAPngAndAPdfWhoseTextNamesIt(string query, string title)
    {
        using var png = await Client.GetAsync($"/api/downloads/map.png?asOf=2023-06-13&{query}");
        var pdf = await Client.GetByteArrayAsync($"/api/downloads/map.pdf?asOf=2023-06-13&{query}");

        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await png.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Contains(title, PdfText(pdf));
    }

    [Fact]
    public async Task Scenario_MapOfTheSelectionWithNeighbours_NamesTheMergedWard()
    {
        var (id, version) = await PlannerApi.Create(Client, "area map");
        await PlannerApi.Apply(Client, id, version, PlannerApi.MergeNq1277);

        var pdf = await Client.GetByteArrayAsync($"/api/scenarios/{id}/downloads/map.pdf?asOf=2025-01-01&units=29242&neighbours=true");

        var text = PdfText(pdf);
        Assert.Contains("KHU VỰC PHƯỜNG 3 VÀ CÁC ĐƠN VỊ GIÁP RANH, TỈNH TRÀ VINH", text);
        Assert.Contains("Hiện trạng (trước sắp xếp)", text);
        Assert.Contains("Đơn vị ngoài phạm vi bản đồ", text);
    }

    [Theory]
    [InlineData("district=29242", "cấp huyện mã \"29242\"")]
    [InlineData("units=999", "cấp xã mã \"999\"")]
    [InlineData("bbox=1,2,3", "Khung bản đồ \"1,2,3\" không hợp lệ")]
    public async Task Baseline_BadArea_Is400InVietnamese(string query, string detail)
    {
        var (status, problem) = await PlannerApi.Send(Client, HttpMethod.Get, $"/api/downloads/map.png?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("map-area-invalid", PlannerApi.Type(problem!));
        Assert.Contains(detail, (string)problem!["detail"]!);
    }

    private static string PdfText(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"boundaries-area-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var text = ExternalTool.Run("pdftotext", "poppler-utils", file, "-");
            Assert.True(text.ExitCode == 0, text.Errors);
            return string.Join(" ", text.Output.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
