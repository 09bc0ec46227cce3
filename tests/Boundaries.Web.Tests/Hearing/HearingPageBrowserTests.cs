using Boundaries.Web.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Boundaries.Web.Tests.Hearing;

/// <summary>The hearing page downloaded from the planner, opened from <c>file://</c> in Debian's Chromium with the network cut off.</summary>
[Collection(PlannerCollection.Name)]
[Trait("Category", "Slow")]
public sealed class HearingPageBrowserTests(TraVinhPlanner planner)
{
    [Fact]
    public async Task Open_DownloadedPageOffline_ShowsBothMapsTheTableAndZooms()
    {
        var file = await Download("nq1277-hearing");
        await using var browser = await ChromiumSession.Open(new Uri(file).AbsoluteUri, new ViewportSize { Width = 1280, Height = 900 }, offline: true);
        var page = browser.Page;

        await Expect(page.Locator("#ban-do-truoc svg")).ToBeVisibleAsync();
        await Expect(page.Locator("#ban-do-sau svg")).ToBeVisibleAsync();
        await Expect(page.Locator("#bang-so-lieu")).ToBeVisibleAsync();
        await Expect(page.Locator("#bang-so-lieu tr.after")).ToContainTextAsync("1,47");
        await Expect(page.Locator("#ban-do-sau svg")).ToContainTextAsync("Phường 3");
        var full = await page.Locator("#ban-do-truoc svg").GetAttributeAsync("viewBox");
        await page.ClickAsync("#ban-do-truoc [data-zoom=in]");
        var zoomed = await page.Locator("#ban-do-truoc svg").GetAttributeAsync("viewBox");
        await page.ClickAsync("#ban-do-truoc [data-zoom=reset]");

        Assert.NotEqual(full, zoomed);
        Assert.True(Width(zoomed!) < Width(full!) * 0.7, $"{full} → {zoomed}");
        await Expect(page.Locator("#ban-do-truoc svg")).ToHaveAttributeAsync("viewBox", full!);
        Assert.Empty(browser.Requests);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Open_OnAPhoneAndInPrint_StacksTheMapsAndHidesTheButtons()
    {
        var file = await Download("nq1277-hearing-phone");
        await using var browser = await ChromiumSession.Open(new Uri(file).AbsoluteUri, new ViewportSize { Width = 390, Height = 844 }, offline: true);
        var page = browser.Page;

        var before = await page.Locator("#ban-do-truoc").BoundingBoxAsync();
        var after = await page.Locator("#ban-do-sau").BoundingBoxAsync();
        Assert.True(after!.Y >= before!.Y + before.Height, "the maps are one above the other on a phone");
        Assert.True(before.Width <= 390, $"the map is {before.Width} px wide");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Expect(page.Locator("#ban-do-truoc .zoom")).ToBeHiddenAsync();
        await Expect(page.Locator("#bang-so-lieu")).ToBeVisibleAsync();
        Assert.Empty(browser.Requests);
    }

    private async Task<string> Download(string name)
    {
        var (id, version) = await PlannerApi.Create(planner.Client, name);
        await PlannerApi.Apply(planner.Client, id, version, PlannerApi.MergeNq1277);
        using var response = await planner.Client.GetAsync($"/api/scenarios/{id}/downloads/hearing.html?asOf=2025-01-01");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString());
        var file = Path.Combine(planner.ScenariosFolder, name + ".html");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        return file;
    }

    private static double Width(string viewBox) => double.Parse(viewBox.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
}
