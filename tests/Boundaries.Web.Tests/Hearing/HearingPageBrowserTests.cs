using Boundaries.Web.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Boundaries.Web.Tests.Hearing;

/// <summary>The hearing page downloaded from the planner, opened from <c>file://</c> in Debian's Chromium with the network cut off.</summary>
[Collection(PlannerCollection.Name)]
[Trait("Category", "Slow")]
public sealed class HearingPageBrowserTests(TraVinhPlanner planner)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Open_DownloadedPageOffline_ShowsBothMapsTheTableAndZooms()
    {
        var file = await Download("nq1277-hearing");
        await using var browser = await OfflineBrowser.Open(file, new ViewportSize { Width = 1280, Height = 900 });
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
        await using var browser = await OfflineBrowser.Open(file, new ViewportSize { Width = 390, Height = 844 });
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

    /// <summary>Chromium with the network off and every request that is not the file itself refused and recorded.</summary>
    private sealed class OfflineBrowser : IAsyncDisposable
    {
        private IPlaywright _playwright = null!;
        private IBrowser _browser = null!;

        public IPage Page { get; private set; } = null!;

        public List<string> Requests { get; } = [];

        public List<string> Errors { get; } = [];

        public static async Task<OfflineBrowser> Open(string file, ViewportSize viewport)
        {
            Assert.True(File.Exists(Chromium), $"{Chromium} not found: the browser test needs Debian's Chromium (apt-get install -y chromium).");
            var session = new OfflineBrowser { _playwright = await Playwright.CreateAsync() };
            session._browser = await session._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            var context = await session._browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport, Locale = "vi-VN" });
            await context.SetOfflineAsync(true);
            await context.RouteAsync("**/*", async route =>
            {
                if (route.Request.Url.StartsWith("file://", StringComparison.Ordinal))
                {
                    await route.ContinueAsync();
                    return;
                }

                session.Requests.Add(route.Request.Url);
                await route.AbortAsync();
            });
            session.Page = await context.NewPageAsync();
            session.Page.SetDefaultTimeout(20_000);
            session.Page.PageError += (_, error) => session.Errors.Add(error);
            session.Page.RequestFailed += (_, request) => session.Requests.Add(request.Url);
            await session.Page.GotoAsync(new Uri(file).AbsoluteUri);
            return session;
        }

        public async ValueTask DisposeAsync()
        {
            await _browser.DisposeAsync();
            _playwright.Dispose();
        }
    }
}
