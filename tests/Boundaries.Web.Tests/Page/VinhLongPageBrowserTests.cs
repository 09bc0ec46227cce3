using System.Text.RegularExpressions;
using Boundaries.Web.Tests.TestSupport;
using static Boundaries.Web.Tests.Page.PlannerPageBrowserTests;
using static Microsoft.Playwright.Assertions;

namespace Boundaries.Web.Tests.Page;

/// <summary>The planner page on tỉnh Vĩnh Long of 2025 (two-tier, NQ 112/2025/UBTVQH15, as of 04/12/2026) in Chromium.</summary>
[Collection(VinhLongCollection.Name)]
[Trait("Category", "Slow")]
public sealed class VinhLongPageBrowserTests(VinhLongPlanner planner)
{
    [Fact]
    public async Task UnitsTable_FilteredToBelowStandardAndSortedByPopulation_PutsTruongLongHoaFirst_AndSelectsIt()
    {
        await using var session = await BrowserSession.Start(planner);
        var page = session.Page;
        await page.ClickAsync("#tabbtn-units");
        var table = page.Locator("#units-table");
        await Expect(table.Locator("[data-count]")).ToHaveTextAsync("124 / 124 đơn vị");

        await table.Locator("select[data-filter=status]").SelectOptionAsync("below");
        await table.Locator("th[data-key=population] button").ClickAsync();

        await Expect(table.Locator("[data-count]")).ToHaveTextAsync("16 / 124 đơn vị");
        // Phường Trường Long Hòa: 1.615 people declared, 7,69 % of the 21.000 of a phường.
        var first = table.Locator("tbody tr").First;
        await Expect(first).ToHaveAttributeAsync("data-code", "29516");
        await Expect(first).ToContainTextAsync("1.615");
        await Expect(first).ToContainTextAsync("7,69 %");
        await table.Locator("th[data-key=population] button").ClickAsync();
        await Expect(table.Locator("th[data-key=population]")).ToHaveAttributeAsync("aria-sort", "descending");
        await Expect(table.Locator("tbody tr").Last).ToHaveAttributeAsync("data-code", "29516");

        await table.Locator("tbody tr[data-code='29516']").ClickAsync();

        await Expect(page.Locator("#selection-chips .sel-chip[data-code='29516']")).ToBeVisibleAsync();
        await Expect(table.Locator("tbody tr[data-code='29516']")).ToHaveClassAsync(new Regex("selected"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task MergeTruongLongHoaIntoDuyenHai_PreviewMeetsBothStandards_ThenTheChecklistOfSixteenTicksIt()
    {
        await using var session = await BrowserSession.Start(planner);
        var page = session.Page;
        var checklist = page.Locator("#checklist");
        await Expect(checklist.Locator(".checklist-title")).ToHaveTextAsync("Đơn vị chưa đạt tiêu chuẩn");
        await Expect(checklist.Locator(".checklist-count")).ToHaveTextAsync("đã xử lý 0/16");
        await checklist.Locator("li[data-code='29516'] button").ClickAsync();
        await page.Keyboard.PressAsync("g");
        await Expect(page.Locator("#dialog table.suggestions tbody tr").First).ToContainTextAsync("Phường Duyên Hải");
        await page.ClickAsync("#dialog [data-submit]");
        await page.SelectOptionAsync("#dialog select[name=code]", "29512");

        // 56,49 + 69,63 = 126,12 km² declared (2.293,09 % of 5,5 km²); 1.615 + 24.356 = 25.971 people (123,67 % of 21.000).
        var preview = page.Locator("#dialog .preview-unit[data-code='29512']");
        await Expect(preview.Locator("[data-preview=area]")).ToHaveTextAsync("2.293,09 %");
        await Expect(preview.Locator("[data-preview=population]")).ToHaveTextAsync("123,67 %");
        await Expect(preview).ToContainTextAsync("NQ 112/2025/UBTVQH15");
        await page.ClickAsync("#dialog [data-submit]");

        await Expect(checklist.Locator(".checklist-count")).ToHaveTextAsync("đã xử lý 1/16");
        await Expect(checklist.Locator("li[data-code='29516']")).ToHaveClassAsync(new Regex("done"));
        await Expect(checklist.Locator("li[data-code='29516']")).ToContainTextAsync("đã nhập vào Phường Duyên Hải");
        Assert.Empty(await AxeScan.SeriousViolations(page));
        await session.Screenshot("vinh-long-checklist");
        Assert.Empty(session.Errors);
    }
}
