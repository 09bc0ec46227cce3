using System.Net;
using System.Text.RegularExpressions;
using Boundaries.Core.Formatting;

namespace Boundaries.Web.Tests.Hearing;

/// <summary>The public hearing page's content: the dossier's figures, nothing from outside the file, Vietnamese only, names escaped.</summary>
[Trait("Category", "Slow")]
public sealed partial class HearingPageTests
{
    public static TheoryData<string> Scenarios => ["nq1277", "vinh-long"];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Table_EveryUnitRow_IsTheDossiersFiguresRow(string scenario)
    {
        var (html, model) = Page(scenario);

        var table = Regex.Match(html, "<table id=\"bang-so-lieu\">.*?</table>", RegexOptions.Singleline).Value;
        var rows = Regex.Matches(table, "<tr class=\"(before|after)\">(.*?)</tr>", RegexOptions.Singleline)
            .Select(m => Regex.Matches(m.Groups[2].Value, "<td[^>]*>(.*?)</td>").Select(c => WebUtility.HtmlDecode(c.Groups[1].Value)).ToList())
            .ToList();
        var dossier = model.Figures.Where(f => f.Moment is "trước" or "sau" && f.Name != model.Province.Name)
            .Select(f => new List<string>
            {
                f.Name, f.Moment == "trước" ? "Trước" : "Sau", VietnameseFormat.Km2(f.AreaKm2), VietnameseFormat.Percent(f.AreaPercent),
                VietnameseFormat.People(f.Population), VietnameseFormat.Percent(f.PopulationPercent),
            })
            .ToList();

        Assert.Equal(dossier, rows);
        Assert.NotEmpty(rows);
    }

    [Fact]
    public void Table_Nq1277_PrintsTheResolutionsOfficialFigures()
    {
        var (html, _) = HearingPages.Nq1277;

        // data/scenarios/nq1277-2024-tp-tra-vinh.so-lieu.tsv: the new Phường 3, 1,47 km² and 18.644 people.
        Assert.Contains("<tr class=\"after\"><td>Phường 3</td><td>Sau</td><td class=\"n\">1,47</td><td class=\"n\">26,73\u00A0%</td><td class=\"n\">18.644</td><td class=\"n\">266,34\u00A0%</td></tr>", html);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Page_NamesNoOutsideAddress(string scenario)
    {
        var (html, _) = Page(scenario);

        Assert.DoesNotMatch(new Regex("https?:", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"\b(src|href)\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("url(//", html);
        Assert.Equal(2, Regex.Count(html, "<svg "));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Page_TextAReaderSees_HasNoEnglish(string scenario)
    {
        var (html, _) = Page(scenario);

        var words = Visible(html).Split((char[])[' ', '\n', '\t', ',', '.', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries);
        var english = words.Where(w => EnglishWords.Contains(w.ToLowerInvariant())).Distinct().ToList();
        Assert.Empty(english);
        Assert.Contains("Lý do", Visible(html));
    }

    [Fact]
    public void Page_PlaceWithMarkup_IsEscapedText()
    {
        var (html, _) = HearingPages.Nq1277;

        Assert.Contains("Trụ sở Ủy ban nhân dân Phường 2 &lt;khóm 1 &amp; khóm 2&gt;", html);
        Assert.DoesNotContain("<khóm", html);
    }

    [Fact]
    public void Page_VinhLong2026_AsksHouseholdsUnderTheTwoTierLaw()
    {
        var (html, _) = HearingPages.VinhLong;

        Assert.Contains("THÔNG BÁO LẤY Ý KIẾN HỘ GIA ĐÌNH", html);
        Assert.Contains("Nhập xã Quới An vào xã Quới Thiện.", html);
        Assert.Contains("Thời gian lấy ý kiến sẽ được Ủy ban nhân dân cấp xã thông báo.", html);
    }

    private static readonly HashSet<string> EnglishWords =
    [
        "the", "and", "of", "from", "with", "unit", "units", "area", "population", "map", "source", "sources", "figures", "before", "after",
        "scenario", "vintage", "polygons", "census", "list", "features", "dated", "via", "as", "people", "legend", "scale", "north", "page",
    ];

    private static (string Html, Documents.Model.DossierModel Model) Page(string scenario) => scenario == "nq1277" ? HearingPages.Nq1277 : HearingPages.VinhLong;

    /// <summary>What a reader sees: the text of the page and of its maps, without the style and the script.</summary>
    private static string Visible(string html) =>
        WebUtility.HtmlDecode(Tags().Replace(Hidden().Replace(html, " "), " "));

    [GeneratedRegex("<(script|style)\\b.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
