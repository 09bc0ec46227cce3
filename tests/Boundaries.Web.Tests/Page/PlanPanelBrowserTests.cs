using Boundaries.Web.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;
using BrowserSession = Boundaries.Web.Tests.Page.PlannerPageBrowserTests.BrowserSession;

namespace Boundaries.Web.Tests.Page;

/// <summary>The whole-province plan in the page (issue 16 §5): a layer of groups the planner accepts, edits or passes over one by one.</summary>
[Collection(PlannerCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PlanPanelBrowserTests(TraVinhPlanner planner)
{
    [Fact]
    public async Task Plan_AcceptOneGroupRejectOneEditOne_TheChecklistTicksAMemberAndTheScenarioHoldsBothMerges()
    {
        await using var session = await BrowserSession.Start(planner);
        var page = session.Page;

        await page.ClickAsync("#tabbtn-plan");
        await page.ClickAsync("#plan-compute [type=submit]");
        await Expect(page.Locator("#plan-groups li.plan-group").First).ToBeVisibleAsync();
        // Trà Vinh 2023 has 106 units; the default cut of 60 % leaves 42, and every group is drawn over the map.
        var groups = await page.Locator("#plan-groups li.plan-group").CountAsync();
        Assert.Equal(groups, await page.Locator("svg .plan g.plan-group").CountAsync());
        Assert.Empty(await AxeScan.SeriousViolations(page));

        // A group of three or more units with a unit the NQ 35/2023 programme must arrange: Điều 4 permits it, so accepting it ticks that unit.
        var chosen = await page.EvaluateAsync<string[]>("""
            () => {
              const listed = new Set([...document.querySelectorAll('#checklist li[data-code]:not(.done)')].map((li) => li.dataset.code));
              const items = [...document.querySelectorAll('#plan-groups li.plan-group')];
              const accept = items.find((li) => li.dataset.members.split(' ').length >= 3 && li.dataset.members.split(' ').some((c) => listed.has(c)));
              const others = items.filter((li) => li !== accept);
              return [accept.dataset.group, accept.dataset.members.split(' ').find((c) => listed.has(c)), others[0].dataset.group, others[1].dataset.group];
            }
            """);
        var (accepted, ticked, rejected, edited) = (chosen[0], chosen[1], chosen[2], chosen[3]);
        await Expect(page.Locator($"#checklist li[data-code='{ticked}']")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("done"));

        await page.ClickAsync($"[data-act=accept][data-group='{accepted}']");
        await Expect(page.Locator(".plan-count")).ToHaveAttributeAsync("data-accepted", "1");
        await Expect(page.Locator($"#checklist li[data-code='{ticked}']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("done"));
        await Expect(page.Locator($"svg .plan g[data-group='{accepted}']")).ToHaveCountAsync(0);

        await page.ClickAsync($"[data-act=reject][data-group='{rejected}']");
        await Expect(page.Locator($"#plan-groups li[data-group='{rejected}']")).ToHaveCountAsync(0);
        await Expect(page.Locator($"svg .plan g[data-group='{rejected}']")).ToHaveCountAsync(0);

        await page.ClickAsync($"[data-act=edit][data-group='{edited}']");
        var name = page.Locator("#dialog input[name=unitName]");
        await Expect(name).Not.ToHaveValueAsync("");
        await name.FillAsync("Hòa Thuận Tân");
        await page.ClickAsync("#dialog [data-submit]");
        await Expect(page.Locator(".plan-count")).ToHaveAttributeAsync("data-accepted", "2");

        await page.ClickAsync("#tabbtn-log");
        await Expect(page.Locator("#log > li")).ToHaveCountAsync(2);
        await Expect(page.Locator("#log")).ToContainTextAsync("Hòa Thuận Tân");
        await page.ClickAsync("#tabbtn-plan");
        Assert.Equal(groups - 1, await page.Locator("#plan-groups li.plan-group").CountAsync());
        Assert.Empty(await AxeScan.SeriousViolations(page));
        await session.Screenshot("plan-panel");
        Assert.Empty(session.Errors);
    }
}
