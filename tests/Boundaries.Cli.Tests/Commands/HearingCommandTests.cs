using Boundaries.Cli.Tests.TestSupport;

namespace Boundaries.Cli.Tests.Commands;

/// <summary><c>boundaries hearing</c>: the public hearing page of a scenario, one HTML file.</summary>
[Trait("Category", "Slow")]
public sealed class HearingCommandTests(TraVinhProject project) : IClassFixture<TraVinhProject>
{
    [Fact]
    public void Hearing_Nq1277WithANotice_WritesOnePageWithTheOfficialFiguresAndThePlaces()
    {
        var page = Path.Combine(project.Folder, "nq1277-hearing.html");
        var notice = Path.Combine(RepoPaths.Root, "tests", "fixtures", "consultation", "nq1277-test-notice.json");

        var result = BoundariesCommand.Run(project.Folder, "hearing", project.Path, RepoPaths.Scenario("nq1277-2024-tp-tra-vinh.json"), "--consultation", notice, "--out", page);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var html = File.ReadAllText(page);
        Assert.Contains("THÔNG BÁO LẤY Ý KIẾN CỬ TRI", html);
        Assert.Contains("<td class=\"n\">1,47</td><td class=\"n\">26,73\u00A0%</td><td class=\"n\">18.644</td>", html);
        Assert.Contains("Từ ngày 05/08/2024 đến hết ngày 11/08/2024.", html);
        Assert.Contains("Trụ sở Ủy ban nhân dân Phường 2 &lt;khóm 1 &amp; khóm 2&gt;", html);
        Assert.Equal(2, html.Split("<svg ").Length - 1);
    }

    [Fact]
    public void Hearing_VinhLong2026WithDates_AsksHouseholdsAndSaysThePlacesWillBeAnnounced()
    {
        var page = Path.Combine(project.Folder, "vinh-long-hearing.html");

        var result = BoundariesCommand.Run(project.Folder, "hearing", RepoPaths.VinhLong2025, RepoPaths.Scenario("vinh-long-2026-quoi-thien-quoi-an.json"),
            "--from", "2026-10-12", "--to", "2026-10-18", "--out", page);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var html = File.ReadAllText(page);
        Assert.Contains("THÔNG BÁO LẤY Ý KIẾN HỘ GIA ĐÌNH", html);
        Assert.Contains("Nhập xã Quới An vào xã Quới Thiện.", html);
        Assert.Contains("Từ ngày 12/10/2026 đến hết ngày 18/10/2026.", html);
        Assert.Contains("Địa điểm nhận phiếu sẽ được Ủy ban nhân dân cấp xã thông báo.", html);
        Assert.Contains("từ 50 % tổng số hộ gia đình", html);
    }

    [Fact]
    public void Hearing_NotHtml_ExitsOne()
    {
        var result = BoundariesCommand.Run(project.Folder, "hearing", project.Path, RepoPaths.Scenario("nq1277-2024-tp-tra-vinh.json"), "--out", Path.Combine(project.Folder, "page.pdf"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the page must be an .html file", result.Stderr);
    }
}
