using Boundaries.Web.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Boundaries.Web.Tests.Page;

/// <summary>The reference layers turned on and off from the legend in Chromium, on Vĩnh Long 2025 and on Trà Vinh 2023.</summary>
[Collection(VinhLongCollection.Name)]
[Trait("Category", "Slow")]
public sealed class VinhLongReferenceLayersBrowserTests(VinhLongPlanner planner)
{
    [Fact]
    public async Task Toggle_EachLayer_LinesOfThe2013CommunesAndTheOutlineUnderTheLabels() =>
        // c. 2013: 378 communes and 25 districts of Bến Tre, Trà Vinh and Vĩnh Long; one outline of the province of 2025.
        await ReferenceLayersPage.Toggle(planner.Address, otherBaselineLines: 378 + 25, noteHas: "Tỉnh Bến Tre");
}

/// <summary>The reference layers on Trà Vinh 2023: the 41 xã and phường of 2025 over it.</summary>
[Collection(PlannerCollection.Name)]
[Trait("Category", "Slow")]
public sealed class TraVinhReferenceLayersBrowserTests(TraVinhPlanner planner)
{
    [Fact]
    public async Task Toggle_EachLayer_LinesOfThe2025UnitsAndTheOutlineUnderTheLabels() =>
        await ReferenceLayersPage.Toggle(planner.Address, otherBaselineLines: 41, noteHas: "41 xã, phường năm 2025");
}

/// <summary>What both datasets' tests do on the page.</summary>
internal static class ReferenceLayersPage
{
    public static async Task Toggle(Uri address, int otherBaselineLines, string noteHas)
    {
        await using var browser = await ChromiumSession.Open(address.ToString(), new ViewportSize { Width = 1280, Height = 720 }, offline: false);
        var page = browser.Page;
        await page.WaitForSelectorAsync("body[data-ready=true]");
        var seats = page.GetByLabel("Trụ sở UBND (Chưa có dữ liệu trụ sở)");
        await Expect(seats).ToBeDisabledAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("performance.getEntriesByType('resource').filter(e => e.name.includes('/api/references')).length"));

        await page.CheckAsync("input[data-reference=other-baseline]");
        await Expect(page.Locator("#map g[data-reference=other-baseline] path")).ToHaveCountAsync(otherBaselineLines);
        await Expect(page.Locator("#reference-note-other-baseline")).ToContainTextAsync(noteHas);
        await page.CheckAsync("input[data-reference=province]");
        await Expect(page.Locator("#map g[data-reference=province] path.ref-province")).ToHaveCountAsync(1);

        var layers = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#map > g')].map(g => g.getAttribute('class'))");
        Assert.True(Array.IndexOf(layers, "references") < Array.IndexOf(layers, "labels"), string.Join(",", layers));
        Assert.Equal("none", await page.EvalOnSelectorAsync<string>("#map g[data-reference=province] path", "p => getComputedStyle(p).fill"));
        Assert.Empty(await AxeScan.SeriousViolations(page));

        await page.UncheckAsync("input[data-reference=other-baseline]");
        await Expect(page.Locator("#map g[data-reference=other-baseline]")).ToBeHiddenAsync();
        await Expect(page.Locator("#reference-note-other-baseline")).ToBeHiddenAsync();
        await page.CheckAsync("input[data-reference=other-baseline]");
        await Expect(page.Locator("#map g[data-reference=other-baseline]")).ToBeVisibleAsync();
        Assert.Equal(2, await page.EvaluateAsync<int>("performance.getEntriesByType('resource').filter(e => e.name.includes('/api/references')).length"));
        Assert.Empty(browser.Errors);
    }
}
