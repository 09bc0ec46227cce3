using Boundaries.Web.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Boundaries.Web.Tests.Page;

/// <summary>The planner's links to the map of the view on screen and of the selection with its neighbours, in Chromium.</summary>
[Collection(PlannerCollection.Name)]
[Trait("Category", "Slow")]
public sealed class AreaMapLinksBrowserTests(TraVinhPlanner planner)
{
    [Fact]
    public async Task Follow_ViewAndSelection_AddTheBoundsAndTheCodesToAMapThatDownloads()
    {
        await using var browser = await ChromiumSession.Open(planner.Address.ToString(), new ViewportSize { Width = 1600, Height = 950 }, offline: false);
        var page = browser.Page;
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.FillAsync("#search", "Phường 3");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#selection-chips .sel-chip[data-code='29242']")).ToHaveCountAsync(1);
        await page.ClickAsync(".tab[data-tab=downloads]");
        await Expect(page.Locator("#downloads a[data-area]")).ToHaveCountAsync(4);

        // The address is made at the click, from the view and the selection of that moment.
        var view = await Followed(page, "#downloads a[data-area=view][data-format='map.pdf']");
        var selection = await Followed(page, "#downloads a[data-area=selection][data-format='map.png']");

        Assert.Matches(@"^/api/downloads/map\.pdf\?asOf=2023-06-13&bbox=106\.\d+,9\.\d+,106\.\d+,9\.\d+$", view);
        Assert.Equal("/api/downloads/map.png?asOf=2023-06-13&units=29242&neighbours=true", selection);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await planner.Client.GetByteArrayAsync(view))[..5]));
        using var png = await planner.Client.GetAsync(selection);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Empty(browser.Errors);
    }

    private static async Task<string> Followed(IPage page, string selector)
    {
        // Only the address is read here: Chromium's download of it is not what is tested, the server's answer is.
        await page.EvalOnSelectorAsync(selector, "a => a.addEventListener('click', e => e.preventDefault())");
        await page.ClickAsync(selector);
        return Uri.UnescapeDataString(await page.EvalOnSelectorAsync<string>(selector, "a => a.getAttribute('href')"));
    }
}
