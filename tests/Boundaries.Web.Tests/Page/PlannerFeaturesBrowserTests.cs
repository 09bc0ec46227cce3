using System.Text.RegularExpressions;
using Boundaries.Web.Tests.TestSupport;
using Microsoft.Playwright;
using static Boundaries.Web.Tests.Page.PlannerPageBrowserTests;
using static Microsoft.Playwright.Assertions;

namespace Boundaries.Web.Tests.Page;

/// <summary>The units table, the checklist, the merge preview, the shortcuts and an accessibility scan, on Trà Vinh as of 13/06/2023 in Chromium.</summary>
[Collection(PlannerCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PlannerFeaturesBrowserTests(TraVinhPlanner planner)
{
    [Fact]
    public async Task UnitsTable_SortedByAreaAndFilteredToMustArrange_SelectsFromARow_AndHighlightsTheMapSelection()
    {
        await using var session = await BrowserSession.Start(planner);
        var page = session.Page;
        await page.ClickAsync("#tabbtn-units");
        var table = page.Locator("#units-table");
        await Expect(table.Locator("[data-count]")).ToHaveTextAsync("106 / 106 đơn vị");

        await table.Locator("th[data-key=areaKm2] button").ClickAsync();

        // Phường 3 of TP Trà Vinh (0,17 km²) is the smallest commune of the province.
        await Expect(table.Locator("th[data-key=areaKm2]")).ToHaveAttributeAsync("aria-sort", "ascending");
        await Expect(table.Locator("tbody tr").First).ToHaveAttributeAsync("data-code", "29242");
        await table.Locator("select[data-filter=status]").SelectOptionAsync("must-arrange");
        await Expect(table.Locator("[data-count]")).ToHaveTextAsync("9 / 106 đơn vị");
        await Expect(table.Locator("tbody tr").First).ToContainTextAsync("Phường 3");
        await table.Locator("input[data-filter=text]").FillAsync("phuong 6");
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(1);

        await table.Locator("tbody tr[data-code='29251'] .unit-link").ClickAsync();

        await Expect(page.Locator("#selection-chips .sel-chip[data-code='29251']")).ToBeVisibleAsync();
        await Expect(table.Locator("tbody tr[data-code='29251']")).ToHaveAttributeAsync("aria-selected", "true");
        await table.Locator("input[data-filter=text]").FillAsync("");
        await page.ClickAsync("path.unit[data-code='29245']");
        await Expect(table.Locator("tbody tr[data-code='29245']")).ToHaveClassAsync(new Regex("selected"));
        await session.Screenshot("units-table");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task MergeDialog_PreviewsPhuong3At26_66PercentBeforeConfirming_ThenTheChecklistTicksPhuong2_3_6()
    {
        await using var session = await BrowserSession.Start(planner);
        var page = session.Page;
        var checklist = page.Locator("#checklist");
        // As of 13/06/2023 the tool finds nine communes that must be arranged: the six of the province's plan and three more (see UnitsApiTests).
        await Expect(checklist.Locator("li")).ToHaveCountAsync(9);
        await Expect(checklist.Locator(".checklist-count")).ToHaveTextAsync("đã xử lý 0/9");
        foreach (var code in new[] { "29245", "29242", "29251" })
        {
            await checklist.Locator($"li[data-code='{code}'] button").ClickAsync();
        }

        await Expect(page.Locator("#selection-chips .sel-chip")).ToHaveCountAsync(3);
        await page.Keyboard.PressAsync("n");
        await page.SelectOptionAsync("#dialog select[name=code]", "29242");

        // Before the merge is applied: 1,47 km² of the 5,5 km² standard, and NQ 35/2023 Điều 4 permitting a merger of three.
        var preview = page.Locator("#dialog .preview .preview-unit[data-code='29242']");
        await Expect(preview.Locator("[data-preview=area]")).ToHaveTextAsync("26,66 %");
        await Expect(preview).ToContainTextAsync("1,47 km²");
        await Expect(preview).ToContainTextAsync("(5,50 km²)");
        await Expect(preview).ToContainTextAsync("NQ 35/2023/UBTVQH15 Điều 4");
        await Expect(preview).ToContainTextAsync("hình thành từ 3 đơn vị: được phép");
        await Expect(page.Locator("#card-version")).ToBeHiddenAsync();
        await session.Screenshot("merge-preview");
        await page.ClickAsync("#dialog [data-submit]");

        await Expect(checklist.Locator(".checklist-count")).ToHaveTextAsync("đã xử lý 3/9");
        foreach (var code in new[] { "29245", "29242", "29251" })
        {
            await Expect(checklist.Locator($"li[data-code='{code}']")).ToHaveClassAsync(new Regex("done"));
            await Expect(checklist.Locator($"li[data-code='{code}'] input[type=checkbox]")).ToBeCheckedAsync();
        }

        await Expect(checklist.Locator("li[data-code='29245']")).ToContainTextAsync("đã nhập vào Phường 3");
        await Expect(checklist.Locator("li:not(.done)")).ToHaveCountAsync(6);
        await session.Screenshot("checklist-ticked");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Suggestions_ForPhuong2_PickPhuong7_OpensTheMergeWithBothSelected()
    {
        await using var session = await BrowserSession.Start(planner);
        var page = session.Page;
        await page.ClickAsync("#checklist li[data-code='29245'] button");

        await page.Keyboard.PressAsync("g");

        // Phường 7 is the one neighbour that brings Phường 2 to the standards.
        var first = page.Locator("#dialog table.suggestions tbody tr").First;
        await Expect(first).ToContainTextAsync("Phường 7");
        await Expect(first).ToContainTextAsync("đạt tiêu chuẩn");
        await page.ClickAsync("#dialog [data-submit]");
        await Expect(page.Locator("#dialog h2")).ToHaveTextAsync("Nhập 2 đơn vị");
        await Expect(page.Locator("#dialog .preview .chip")).ToContainTextAsync("đạt tiêu chuẩn");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task CompareScenarios_TheOpenMergeAgainstAnEmptyOne_ShowsTheMergeOnlyInTheFirst_AndTheWardsThatDiffer()
    {
        var (merged, version) = await PlannerApi.Create(planner.Client, "So sánh nhập");
        await PlannerApi.Apply(planner.Client, merged, version, PlannerApi.MergeNq1277);
        var (empty, _) = await PlannerApi.Create(planner.Client, "So sánh trống");
        await using var session = await BrowserSession.Start(planner, $"{planner.Address}#phuong-an={merged}");
        var page = session.Page;
        await page.ClickAsync("#tabbtn-scenarios");

        await page.ClickAsync($"#scenario-list li[data-id='{empty}'] [data-compare]");

        var dialog = page.Locator("#dialog");
        await Expect(dialog.Locator("h2")).ToHaveTextAsync("So sánh hai phương án");
        await Expect(dialog.Locator(".diff-left")).ToContainTextAsync("Nhập Phường 2, Phường 3, Phường 6 → Phường 3 (mã 29242)");
        await Expect(dialog.Locator("table.diff-units tbody tr")).ToHaveCountAsync(3);
        await Expect(dialog.Locator("table.diff-units tr[data-code='29245']")).ToContainTextAsync("không có");
        Assert.Empty(await AxeScan.SeriousViolations(page));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Accessibility_TheBaselineTheUnitsTableAndTheMergeDialog_HaveNoSeriousOrCriticalViolations()
    {
        await using var session = await BrowserSession.Start(planner);
        var page = session.Page;

        Assert.Empty(await AxeScan.SeriousViolations(page));
        await page.Keyboard.PressAsync("b");
        await Expect(page.Locator("#tab-units")).ToBeVisibleAsync();
        Assert.Empty(await AxeScan.SeriousViolations(page));
        await page.Keyboard.PressAsync("Escape");
        await page.ClickAsync("#checklist li[data-code='29245'] button");
        await page.ClickAsync("#checklist li[data-code='29242'] button");
        await page.ClickAsync("#btn-merge");
        await Expect(page.Locator("#dialog .preview-unit")).ToHaveCountAsync(1);
        Assert.Empty(await AxeScan.SeriousViolations(page));
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Shift+?");
        await Expect(page.Locator("#dialog h2")).ToHaveTextAsync("Phím tắt");
        Assert.Empty(session.Errors);
    }
}
