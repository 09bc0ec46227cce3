using Boundaries.Data.Tests.Store.Postgis;
using Boundaries.Web.Tests.TestSupport;
using static Boundaries.Web.Tests.Page.PlannerPageBrowserTests;
using static Microsoft.Playwright.Assertions;

namespace Boundaries.Web.Tests.Page;

/// <summary>Two planners logged in to a shared project (real PostgreSQL) in two Chromium browsers: the second is told, on the page, who changed the scenario first.</summary>
[Trait("Category", "Slow")]
public sealed class SharedPlannerBrowserTests(SharedTraVinhPlanner planner) : IClassFixture<SharedTraVinhPlanner>
{
    [PostgisFact]
    public async Task Rename_BySecondEditorAfterTheFirstChangedTheScenario_ShowsTheFirstsNameAndChange_AndReloads()
    {
        await using var an = await BrowserSession.Start(planner, login: SharedTraVinhPlanner.An);
        await using var binh = await RenameAfterTheOtherUndid(planner, an, SharedTraVinhPlanner.Binh);

        var error = binh.Page.Locator("#dialog .error");
        await Expect(error).ToContainTextAsync("đã được Nguyễn Văn An sửa lúc");
        await Expect(error).ToContainTextAsync("Hoàn tác: ");
        await Expect(error).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d{2}/\d{2}/\d{4} \d{2}:\d{2}"));
        await Expect(binh.Page.Locator("#banner")).ToContainTextAsync("Nguyễn Văn An");
        await Expect(binh.Page.Locator("#card-version")).ToHaveTextAsync("phiên bản 3");
        await binh.Screenshot("shared-conflict");
        Assert.Empty(an.Errors);
    }
}
