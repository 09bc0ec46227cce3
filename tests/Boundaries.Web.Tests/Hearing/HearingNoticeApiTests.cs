using System.Net;
using Boundaries.Web.Tests.TestSupport;

namespace Boundaries.Web.Tests.Hearing;

/// <summary>The consultation notice an organiser types in the page goes onto the hearing page it downloads.</summary>
[Collection(PlannerCollection.Name)]
public sealed class HearingNoticeApiTests(TraVinhPlanner planner)
{
    [Fact]
    public async Task Download_WithTheNoticeInTheQuery_PrintsTheDaysThePlacesTheOrganiserAndTheContact()
    {
        var id = await Merged("notice");
        var query = "organiser=" + Uri.EscapeDataString("Ủy ban nhân dân Phường 3")
            + "&from=2026-12-10&to=2026-12-20"
            + "&place=" + Uri.EscapeDataString("Phường 3; Nhà văn hóa khóm 1; 7 giờ 30 đến 11 giờ")
            + "&place=" + Uri.EscapeDataString("Phường 2; Hội trường khóm 4")
            + "&contact=" + Uri.EscapeDataString("Văn phòng Ủy ban nhân dân Phường 3, 0294 3862 000");

        using var response = await planner.Client.GetAsync($"/api/scenarios/{id}/downloads/hearing.html?asOf=2025-01-01&{query}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Từ ngày 10/12/2026 đến hết ngày 20/12/2026.", html);
        Assert.Contains("<strong>Phường 3</strong>: Nhà văn hóa khóm 1 (7 giờ 30 đến 11 giờ)", html);
        Assert.Contains("<strong>Phường 2</strong>: Hội trường khóm 4</li>", html);
        Assert.Contains("Mọi thắc mắc xin liên hệ: Văn phòng Ủy ban nhân dân Phường 3, 0294 3862 000.", html);
        Assert.Contains("Ủy ban nhân dân Phường 3", html);
    }

    [Fact]
    public async Task Download_WithTheDaysOutOfOrder_IsRefusedInVietnamese()
    {
        var id = await Merged("notice-bad");

        using var response = await planner.Client.GetAsync($"/api/scenarios/{id}/downloads/hearing.html?from=2026-12-20&to=2026-12-10");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Ngày bắt đầu lấy ý kiến (20/12/2026) sau ngày kết thúc (10/12/2026).", body);
    }

    private async Task<string> Merged(string name)
    {
        var (id, version) = await PlannerApi.Create(planner.Client, name);
        await PlannerApi.Apply(planner.Client, id, version, PlannerApi.MergeNq1277);
        return id;
    }
}
