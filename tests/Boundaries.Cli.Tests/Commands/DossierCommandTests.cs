using Boundaries.Cli.Tests.TestSupport;

namespace Boundaries.Cli.Tests.Commands;

/// <summary>The real program writes the dossier and the consultation report; template mistakes are one-line errors.</summary>
public sealed class DossierCommandTests(TraVinhProject project) : IClassFixture<TraVinhProject>
{
    private static string Scenario1277 => Path.Combine(RepoPaths.Root, "data", "scenarios", "nq1277-2024-tp-tra-vinh.json");

    [Fact]
    public void Dossier_Nq1277_WritesEveryDocumentInEveryFormat()
    {
        using var output = new TempFolder();

        var run = BoundariesCommand.Run(output.Path, "dossier", project.Path, Scenario1277, "--out", output.Path, "--as-of", "2023-06-13");

        Assert.True(run.ExitCode == 0, run.Stderr);
        foreach (var name in new[] { "to-trinh", "de-an", "bao-cao-danh-gia-tac-dong", "nghi-quyet", "bieu-thong-ke", "phieu-lay-y-kien" })
        {
            foreach (var ext in new[] { ".docx", ".html", ".md" })
            {
                Assert.True(File.Exists(output.File(name + ext)), name + ext);
            }
        }

        Assert.Contains("Sau khi nhập, Phường 3 có diện tích tự nhiên là 1,47 km²", File.ReadAllText(output.File("nghi-quyet.md")));
        Assert.Contains("Trà Vinh, ngày 13 tháng 6 năm 2023", File.ReadAllText(output.File("de-an.html")));

        // The annex embeds the maps before and after as pictures, in the Word file and in the page.
        using (var docx = System.IO.Compression.ZipFile.OpenRead(output.File("de-an.docx")))
        {
            Assert.Equal(2, docx.Entries.Count(e => e.FullName.Contains("media/", StringComparison.Ordinal) && e.FullName.EndsWith(".png", StringComparison.Ordinal)));
        }

        Assert.Equal(2, File.ReadAllText(output.File("de-an.html")).Split("src=\"data:image/png;base64,").Length - 1);

        // Drafted ahead of NQ 35/2023 (adopted 12/07/2023): the planner is told, and no document cites it.
        Assert.Contains("Lưu ý: Nghị quyết số 35/2023/UBTVQH15", run.Stderr);
        Assert.DoesNotContain("35/2023/UBTVQH15", File.ReadAllText(output.File("de-an.md")));
    }

    [Fact]
    public void Dossier_FormatMd_WritesOnlyMarkdown()
    {
        using var output = new TempFolder();

        var run = BoundariesCommand.Run(output.Path, "dossier", project.Path, Scenario1277, "--out", output.Path, "--as-of", "2023-06-13", "--format", "md");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(6, Directory.GetFiles(output.Path, "*.md").Length);
        Assert.Empty(Directory.GetFiles(output.Path, "*.docx"));
    }

    [Fact]
    public void Dossier_TemplateMistake_ExitTwoWithTemplateLineColumnAndNothingWritten()
    {
        using var work = new TempFolder();
        var templates = Path.Combine(work.Path, "my-templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "de-an.scriban"), "# Đề án\n\n{{ model.plan[0].after.dan_so }}\n");
        var output = Path.Combine(work.Path, "out");

        var run = BoundariesCommand.Run(work.Path, "dossier", project.Path, Scenario1277, "--out", output, "--templates", templates, "--as-of", "2023-06-13");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Matches(@"^boundaries: .*my-templates/de-an\.scriban: line 3, column \d+: .*dan_so", line);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output).Any());
    }

    [Fact]
    public void Consult_TestTally_WritesReportAndSaysPhuong6Rejects()
    {
        using var output = new TempFolder();
        var tally = RepoPaths.Fixture("consultation", "tally-nq1277-test-fixture.csv");

        var run = BoundariesCommand.Run(output.Path, "consult", tally, "--scenario", Scenario1277, "--out", output.Path, "--project", project.Path, "--as-of", "2023-06-13");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("29251 Phường 6: 48,50", run.Stdout);
        Assert.Contains("không tán thành", run.Stdout);
        Assert.True(File.Exists(output.File("bao-cao-ket-qua-lay-y-kien.docx")));
        Assert.Contains("TỈNH TRÀ VINH", File.ReadAllText(output.File("bao-cao-ket-qua-lay-y-kien.md")));
    }

    [Fact]
    public void Consult_Households50_Phuong6Approves()
    {
        using var output = new TempFolder();
        var tally = RepoPaths.Fixture("consultation", "tally-nq1277-test-fixture.csv");

        var run = BoundariesCommand.Run(output.Path, "consult", tally, "--scenario", Scenario1277, "--out", output.Path, "--threshold", "households-50", "--format", "md");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("29251 Phường 6: 50,39", run.Stdout);
        Assert.DoesNotContain("không tán thành", run.Stdout);
    }

    [Theory]
    [InlineData("29263,Xã Long Đức,Ấp 1,100,60,30,1", "--threshold", "voters-over-50", "tally.csv: line 2: commune 29263 (Xã Long Đức) is not a unit the scenario")]
    // Today the households' rule is in force (NĐ 321/2025): a tally of voters alone cannot be counted under it.
    [InlineData("29245,Phường 2,Khóm 1,100,60,30,1", "--as-of", "2026-12-05", "tally.csv: no column 'households', 'households_for' for the households' rule (households-50)")]
    public void Consult_TallyItCannotCount_ExitTwoNamingTheProblem_NothingWritten(string village, string option, string value, string message)
    {
        using var work = new TempFolder();

        var run = BoundariesCommand.Run(work.Path, "consult", VotersOnlyTally(work, village), "--scenario", Scenario1277, "--out", work.File("out"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.False(Directory.Exists(work.File("out")));
    }

    /// <summary>A tally of one village with the voters' columns only, as written before the households' rule.</summary>
    private static string VotersOnlyTally(TempFolder work, string village) =>
        work.Write("tally.csv", $"commune_code,commune_name,village,registered_voters,votes_for,votes_against,votes_invalid\n{village}\n");

    [Fact]
    public void Dossier_Consultation_DeAnPrintsEachCommunesResult()
    {
        using var output = new TempFolder();
        var tally = RepoPaths.Fixture("consultation", "tally-nq1277-test-fixture.csv");

        var run = BoundariesCommand.Run(output.Path, "dossier", project.Path, Scenario1277, "--out", output.Path, "--as-of", "2023-06-13", "--format", "md", "--consultation", tally);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var deAn = File.ReadAllText(output.File("de-an.md")).Replace("\u00A0", " ", StringComparison.Ordinal);
        Assert.Contains("| Phường 6 | 7.085 |", deAn);
        Assert.Contains("48,50 % | chưa đạt ngưỡng, không tán thành |", deAn);
        Assert.Contains("Đề án chưa được tán thành tại Phường 6", deAn);
    }

    [Fact]
    public void Dossier_ConsultationWithThresholdNotInForce_UsageError()
    {
        using var work = new TempFolder();
        var tally = RepoPaths.Fixture("consultation", "tally-nq1277-test-fixture.csv");

        var run = BoundariesCommand.Run(work.Path, "dossier", project.Path, Scenario1277, "--out", work.File("out"), "--as-of", "2023-06-13", "--consultation", tally, "--threshold", "households-50");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--threshold households-50", run.Stderr);
        Assert.Contains("voters-over-50", run.Stderr);
    }
}
