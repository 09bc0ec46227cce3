using Microsoft.Playwright;

namespace Boundaries.Web.Tests.TestSupport;

/// <summary>One page in Debian's Chromium driven by Playwright; offline, every request that is not a local file is refused and recorded.</summary>
public sealed class ChromiumSession : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    /// <summary>The page.</summary>
    public IPage Page { get; private set; } = null!;

    /// <summary>Requests refused because the network is off, and requests that failed.</summary>
    public List<string> Requests { get; } = [];

    /// <summary>Script errors of the page.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Opens <paramref name="url"/>; fails (never skips) when Chromium is missing.</summary>
    public static async Task<ChromiumSession> Open(string url, ViewportSize viewport, bool offline)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} not found: the browser test needs Debian's Chromium (apt-get install -y chromium).");
        var session = new ChromiumSession { _playwright = await Playwright.CreateAsync() };
        session._browser = await session._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await session._browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport, Locale = "vi-VN", AcceptDownloads = true });
        if (offline)
        {
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
        }

        session.Page = await context.NewPageAsync();
        session.Page.SetDefaultTimeout(20_000);
        // Expectations wait as long as actions: on a loaded CI machine a 5 s expectation failed while the page was still drawing.
        Assertions.SetDefaultExpectTimeout(20_000);
        session.Page.PageError += (_, error) => session.Errors.Add(error);
        session.Page.RequestFailed += (_, request) => session.Requests.Add(request.Url);
        await session.Page.GotoAsync(url);
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
