using System.Text.Json;
using Microsoft.Playwright;

namespace Boundaries.Web.Tests.Page;

/// <summary>Runs axe-core (vendored under Page/axe with its provenance) in a page and returns the serious and critical violations.</summary>
internal static class AxeScan
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Boundaries.Web.Tests", "Page", "axe", "axe.min.js")));

    /// <summary>"rule: target, target…" for every serious or critical violation on the page as it stands (WCAG 2.1 A and AA rules).</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolations(IPage page)
    {
        // Evaluated through the DevTools protocol, so the page's Content-Security-Policy (script-src 'self') is not loosened for the test.
        await page.EvaluateAsync(Script.Value);
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ')}`);
            }
            """);
        return result.EnumerateArray().Select(e => e.GetString()!).ToList();
    }
}
