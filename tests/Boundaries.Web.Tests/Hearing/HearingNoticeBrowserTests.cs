using System.Net;
using Boundaries.Web.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Boundaries.Web.Tests.Hearing;

/// <summary>An organiser asks the page for the hearing page, types the notice, and Chromium saves a page that prints it.</summary>
[Collection(PlannerCollection.Name)]
[Trait("Category", "Slow")]
public sealed class HearingNoticeBrowserTests(TraVinhPlanner planner)
{
    [Fact]
    public async Task Download_AfterTypingTheNotice_SavesAPageWithTheDaysAndPlaces()
    {
        await using var browser = await NoticeDialog("notice-page");
        var page = browser.Page;
        await Expect(page.Locator("#dialog h2")).ToHaveTextAsync("Thông báo lấy ý kiến cử tri");
        await page.FillAsync("#dialog input[name=organiser]", "Ủy ban nhân dân Phường 3");
        await page.FillAsync("#dialog input[name=from]", "2026-12-10");
        await page.FillAsync("#dialog input[name=to]", "2026-12-20");
        await page.FillAsync("#dialog textarea[name=places]", "Phường 3; Nhà văn hóa khóm 1; 7 giờ 30 đến 11 giờ");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#dialog [data-submit]"), new PageRunAndWaitForDownloadOptions { Timeout = 120_000 });
        var html = WebUtility.HtmlDecode(await File.ReadAllTextAsync((await download.PathAsync())!));

        Assert.EndsWith("hearing.html", download.SuggestedFilename);
        Assert.Contains("Từ ngày 10/12/2026 đến hết ngày 20/12/2026.", html);
        Assert.Contains("<strong>Phường 3</strong>: Nhà văn hóa khóm 1 (7 giờ 30 đến 11 giờ)", html);
        await Expect(page.Locator("#dialog")).Not.ToBeVisibleAsync();
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Download_WithTheDaysOutOfOrder_StaysInTheDialogAndSaysWhy()
    {
        await using var browser = await NoticeDialog("notice-page-bad");
        var page = browser.Page;
        await page.FillAsync("#dialog input[name=from]", "2026-12-20");
        await page.FillAsync("#dialog input[name=to]", "2026-12-10");
        await page.ClickAsync("#dialog [data-submit]");

        await Expect(page.Locator("#dialog .error")).ToHaveTextAsync("Ngày bắt đầu lấy ý kiến (20/12/2026) sau ngày kết thúc (10/12/2026).");
        await Expect(page.Locator("#dialog")).ToBeVisibleAsync();
    }

    // A scenario with the NQ 1277 merge, opened in the page, and the hearing page's notice dialog asked for.
    private async Task<ChromiumSession> NoticeDialog(string name)
    {
        var (id, version) = await PlannerApi.Create(planner.Client, name);
        await PlannerApi.Apply(planner.Client, id, version, PlannerApi.MergeNq1277);
        var browser = await ChromiumSession.Open(planner.Address.ToString(), new ViewportSize { Width = 1600, Height = 950 }, offline: false);
        try
        {
            var page = browser.Page;
            await page.WaitForSelectorAsync("body[data-ready=true]");
            await page.ClickAsync(".tab[data-tab=scenarios]");
            await page.ClickAsync($"#scenario-list li[data-id='{id}'] .s-title");
            await Expect(page.Locator($"#scenario-list li[data-id='{id}']")).ToHaveClassAsync("current");
            await page.ClickAsync(".tab[data-tab=downloads]");
            await page.ClickAsync("#downloads a.download[href*='/hearing.html']");
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }
}
