using Boundaries.Web.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Boundaries.Web.Tests.Page;

/// <summary>The planner's maps of one district, of the view on screen and of the selection with its neighbours, downloaded by Chromium.</summary>
[Collection(PlannerCollection.Name)]
[Trait("Category", "Slow")]
public sealed class AreaMapLinksBrowserTests(TraVinhPlanner planner)
{
    [Fact]
    public async Task Download_DistrictAndView_PngAndPdfFilesSavedByChromium()
    {
        await using var browser = await ChromiumSession.Open(planner.Address.ToString(), new ViewportSize { Width = 1600, Height = 950 }, offline: false);
        var page = browser.Page;
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.ClickAsync(".tab[data-tab=downloads]");
        await Expect(page.Locator("#downloads a[data-area]")).ToHaveCountAsync(6);
        await page.SelectOptionAsync("#map-district", "845"); // huyện Cầu Kè

        var district = await Downloaded(page, "#downloads a[data-area=district][data-format='map.png']");
        var districtPdf = await Downloaded(page, "#downloads a[data-area=district][data-format='map.pdf']");
        var view = await Downloaded(page, "#downloads a[data-area=view][data-format='map.png']");
        var viewPdf = await Downloaded(page, "#downloads a[data-area=view][data-format='map.pdf']");

        Assert.Contains("district=845", district.Url);
        Assert.Matches(@"bbox=10[56]\.\d+,9\.\d+,10[67]\.\d+,(9|10)\.\d+$", Uri.UnescapeDataString(view.Url));
        foreach (var png in new[] { district, view })
        {
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png.Bytes[..8]);
            Assert.InRange(png.Bytes.Length, 50_000, 20_000_000);
        }

        foreach (var pdf in new[] { districtPdf, viewPdf })
        {
            Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf.Bytes[..5]));
            Assert.InRange(pdf.Bytes.Length, 20_000, 20_000_000);
        }

        Assert.NotEqual(district.Bytes.Length, view.Bytes.Length);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Follow_Selection_AddsTheCodesAndNeighbours()
    {
        await using var browser = await ChromiumSession.Open(planner.Address.ToString(), new ViewportSize { Width = 1600, Height = 950 }, offline: false);
        var page = browser.Page;
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.FillAsync("#search", "Phường 3");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#selection-chips .sel-chip[data-code='29242']")).ToHaveCountAsync(1);
        await page.ClickAsync(".tab[data-tab=downloads]");

        var selection = await Downloaded(page, "#downloads a[data-area=selection][data-format='map.png']");

        Assert.EndsWith("/api/downloads/map.png?asOf=2023-06-13&units=29242&neighbours=true", selection.Url);
        Assert.Equal((byte)'P', selection.Bytes[1]);
        Assert.Empty(browser.Errors);
    }

    // A real download: Chromium follows the link, saves the file, and the test reads what was saved.
    private static async Task<(string Url, byte[] Bytes)> Downloaded(IPage page, string selector)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(selector), new PageRunAndWaitForDownloadOptions { Timeout = 120_000 });
        Assert.Null(await download.FailureAsync());
        var path = await download.PathAsync();
        return (download.Url, await File.ReadAllBytesAsync(path));
    }
}
