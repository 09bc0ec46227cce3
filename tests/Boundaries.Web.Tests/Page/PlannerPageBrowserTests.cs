using Boundaries.Web.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Boundaries.Web.Tests.Page;

/// <summary>The planner page in a real headless Chromium (Debian's package, driven by Playwright with the system executable).</summary>
[Collection(PlannerCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PlannerPageBrowserTests(TraVinhPlanner planner)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Merge_Phuong2Phuong3Phuong6_TableShowsNewPhuong3_ThenUndoBringsTheThreeBack()
    {
        await using var session = await BrowserSession.Start(planner);
        var page = session.Page;

        await page.FillAsync("#search", "Thành phố Trà Vinh");
        await page.Keyboard.PressAsync("Enter");
        foreach (var code in new[] { "29245", "29242", "29251" })
        {
            await page.ClickAsync(Unit(code));
        }

        await Expect(page.Locator("#selection-chips .sel-chip")).ToHaveCountAsync(3);
        await page.ClickAsync("#btn-merge");
        await page.SelectOptionAsync("#dialog select[name=code]", "29242");
        await Expect(page.Locator("#dialog input[name=unitName]")).ToHaveValueAsync("Phường 3");
        await page.ClickAsync("#dialog [data-submit]");

        var phuong3 = page.Locator("#changes tr[data-code='29242']").First;
        await Expect(phuong3).ToContainTextAsync("Phường 3");
        await Expect(phuong3).ToContainTextAsync("1,47");
        await Expect(page.Locator("#changes")).ToContainTextAsync("được phép: hợp nhất 3 đơn vị");
        await Expect(page.Locator(Unit("29245"))).ToHaveCountAsync(0);
        await Expect(page.Locator(Unit("29251"))).ToHaveCountAsync(0);
        await Expect(page.Locator(Unit("29242"))).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("s-permitted"));
        await session.Screenshot("merged");

        await page.ClickAsync("#btn-undo");

        foreach (var code in new[] { "29245", "29242", "29251" })
        {
            await Expect(page.Locator(Unit(code))).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("s-must-arrange"));
        }

        await Expect(page.Locator("#changes table")).ToHaveCountAsync(0);
        await Expect(page.Locator("#btn-redo")).ToBeEnabledAsync();
        await session.Screenshot("undone");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Rename_InASecondTabAfterTheFirstChangedTheScenario_IsRefusedAndReloaded()
    {
        await using var first = await BrowserSession.Start(planner);
        await using var second = await RenameAfterTheOtherUndid(planner, first);

        await Expect(second.Page.Locator("#dialog .error")).ToContainTextAsync("phiên bản 3");
        await Expect(second.Page.Locator("#banner")).ToBeVisibleAsync();
        await Expect(second.Page.Locator("#card-version")).ToHaveTextAsync("phiên bản 3");
        await second.Screenshot("conflict");
    }

    /// <summary>
    /// The first page renames Phường 4 (a new scenario at version 2); a second page opens it; the first undoes (version 3);
    /// the second, still at version 2, then renames Phường 1. Returns the second page, logged in as <paramref name="secondLogin"/>.
    /// </summary>
    internal static async Task<BrowserSession> RenameAfterTheOtherUndid(PlannerServer planner, BrowserSession first, (string Name, string Password)? secondLogin = null)
    {
        await first.Page.FillAsync("#search", "Phường 4");
        await first.Page.Keyboard.PressAsync("Enter");
        await first.Page.ClickAsync("#btn-rename");
        await first.Page.FillAsync("#dialog input[name=unitName]", "Phường Bốn");
        await first.Page.ClickAsync("#dialog [data-submit]");
        await Expect(first.Page.Locator("#card-version")).ToHaveTextAsync("phiên bản 2");
        var second = await BrowserSession.Start(planner, first.Page.Url, login: secondLogin);
        await Expect(second.Page.Locator("#card-version")).ToHaveTextAsync("phiên bản 2");

        await first.Page.ClickAsync("#btn-undo");
        await Expect(first.Page.Locator("#card-version")).ToHaveTextAsync("phiên bản 3");
        await second.Page.FillAsync("#search", "Phường 1");
        await second.Page.Keyboard.PressAsync("Enter");
        await second.Page.ClickAsync("#btn-rename");
        await second.Page.FillAsync("#dialog input[name=unitName]", "Phường Một");
        await second.Page.ClickAsync("#dialog [data-submit]");
        return second;
    }

    private static string Unit(string code) => $"path.unit[data-code='{code}']";

    /// <summary>One browser with one page on the planner; fails (never skips) when Chromium is missing.</summary>
    internal sealed class BrowserSession : IAsyncDisposable
    {
        private IPlaywright _playwright = null!;
        private IBrowser _browser = null!;

        public IPage Page { get; private set; } = null!;

        public List<string> Errors { get; } = [];

        /// <summary>Opens the planner (or <paramref name="url"/> on it), logged in as <paramref name="login"/> when the planner asks who you are.</summary>
        public static async Task<BrowserSession> Start(PlannerServer planner, string? url = null, int width = 1600, int height = 950, (string Name, string Password)? login = null)
        {
            Assert.True(File.Exists(Chromium), $"{Chromium} not found: the browser test needs Debian's Chromium (apt-get install -y chromium; .ci/run installs it).");
            var session = new BrowserSession { _playwright = await Playwright.CreateAsync() };
            session._browser = await session._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            session.Page = await session._browser.NewPageAsync(new BrowserNewPageOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = height },
                Locale = "vi-VN",
                HttpCredentials = login is { } who ? new HttpCredentials { Username = who.Name, Password = who.Password } : null,
            });
            session.Page.SetDefaultTimeout(20_000);
            session.Page.PageError += (_, error) => session.Errors.Add(error);
            session.Page.Console += (_, message) =>
            {
                // A refused or conflicting request is logged by the browser as a failed resource: that is the behaviour under test.
                if (message.Type == "error" && !message.Text.Contains("status of 409", StringComparison.Ordinal))
                {
                    session.Errors.Add(message.Text);
                }
            };
            await session.Page.GotoAsync(url ?? planner.Address.ToString());
            await session.Page.WaitForSelectorAsync("body[data-ready=true]");
            return session;
        }

        /// <summary>Saves a screenshot beside the test assembly, for looking at when a run fails.</summary>
        public Task Screenshot(string name) =>
            Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png") });

        public async ValueTask DisposeAsync()
        {
            await _browser.DisposeAsync();
            _playwright.Dispose();
        }
    }
}
