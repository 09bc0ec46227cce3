using Boundaries.Documents.Docx;
using Boundaries.Documents.Tests.TestSupport;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Boundaries.Documents.Tests.Docx;

/// <summary>The layout of Nghị định 30/2020/NĐ-CP Phụ lục I, read from the Word XML of every document of the bundled scenarios.</summary>
public sealed class DocxLayoutTests
{
    private static readonly string[] Titles = ["TỜ TRÌNH", "ĐỀ ÁN", "BÁO CÁO", "NGHỊ QUYẾT", "BIỂU THỐNG KÊ", "PHIẾU LẤY Ý KIẾN"];

    private static IEnumerable<(string Name, List<OpenXmlElement> Body)> Bodies() =>
        AllDocuments.Get().Select(d => d.Document)
            .Concat(DossierRenderer.RenderDossier(TraVinhDossiers.VinhLong2026, TraVinhDossiers.Templates))
            .Select(d => (d.Name, DocxRenderer.BodyOf(d.ToDocx()).ToList()));

    private static bool KeepsNext(Paragraph p) => p.ParagraphProperties?.KeepNext is not null;

    private static bool IsRule(Paragraph p) => p.ParagraphProperties?.ParagraphBorders?.GetFirstChild<BottomBorder>() is not null && p.InnerText.Length == 0;

    private static string Size(Run run) => run.RunProperties?.FontSize?.Val?.Value ?? "";

    [Fact]
    public void EveryDocument_TitleKeptWithNextAndRuledUnderTheSubjectLine()
    {
        foreach (var (name, body) in Bodies())
        {
            var paragraphs = body.OfType<Paragraph>().ToList();
            var title = paragraphs.FindIndex(p => Titles.Any(t => p.InnerText.StartsWith(t, StringComparison.Ordinal)));
            Assert.True(title >= 0, $"{name}: no title");
            var rule = paragraphs.FindIndex(title, IsRule);
            Assert.True(rule > title + 1, $"{name}: no rule under the subject line");
            Assert.All(paragraphs[title..(rule + 1)], p => Assert.True(KeepsNext(p), $"{name}: '{p.InnerText}' of the title may end a page alone"));
        }
    }

    [Fact]
    public void EveryDocument_HeadingsKeptWithNext()
    {
        var count = 0;
        foreach (var (name, body) in Bodies())
        {
            var headings = body.OfType<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true).ToList();
            count += headings.Count;
            Assert.All(headings, h => Assert.True(KeepsNext(h), $"{name}: heading '{h.InnerText}'"));
        }

        Assert.True(count > 50, $"{count} headings");
    }

    [Fact]
    public void EverySignedDocument_NoiNhan12PtBoldItalic_List11Pt_SignerTitleSpaceAndNameLine()
    {
        var signed = 0;
        foreach (var (name, body) in Bodies())
        {
            var table = body.OfType<Table>().LastOrDefault(t => t.InnerText.Contains("Nơi nhận:", StringComparison.Ordinal));
            if (table is null)
            {
                continue;
            }

            signed++;
            var cells = table.Descendants<TableCell>().ToList();
            var runs = cells[0].Descendants<Run>().ToList();
            var label = runs.Single(r => r.InnerText == "Nơi nhận:");
            Assert.Equal(("24", true, true), (Size(label), label.RunProperties!.Bold is not null, label.RunProperties.Italic is not null));
            var list = runs.SkipWhile(r => r != label).Skip(1).Where(r => r.InnerText.Length > 0).ToList();
            Assert.Contains(list, r => r.InnerText.StartsWith("- Lưu: VT", StringComparison.Ordinal) || r.InnerText.Contains("Lưu", StringComparison.Ordinal));
            Assert.All(list, r => Assert.Equal("22", Size(r)));

            // The signer: authority and title, a space for the signature (line breaks only), then the name line.
            var signer = cells[1].Descendants<Run>().ToList();
            var titleIndex = signer.FindIndex(r => r.InnerText == "CHỦ TỊCH");
            var nameIndex = signer.FindIndex(r => r.InnerText.StartsWith('…'));
            Assert.True(titleIndex >= 0 && nameIndex > titleIndex, $"{name}: signer block");
            var space = signer[(titleIndex + 1)..nameIndex];
            Assert.True(space.Count >= 3 && space.All(r => r.InnerText.Length == 0 && r.GetFirstChild<Break>() is not null), $"{name}: no space for the signature");
            Assert.True(signer[titleIndex].RunProperties?.Bold is not null && signer[nameIndex].RunProperties?.Bold is not null, name);
        }

        Assert.True(signed >= 10, $"only {signed} signed documents");
    }

    [Fact]
    public void DeAn_AnnexesHeadedPhuLucWithKemTheo()
    {
        foreach (var (name, body) in Bodies().Where(b => b.Name == "de-an"))
        {
            var paragraphs = body.OfType<Paragraph>().ToList();
            var annexes = paragraphs.Select((p, i) => (p, i)).Where(x => x.p.InnerText.StartsWith("Phụ lục ", StringComparison.Ordinal)).ToList();
            Assert.True(annexes.Count >= 2, $"{name}: {annexes.Count} annexes");
            foreach (var (heading, i) in annexes)
            {
                Assert.Equal(JustificationValues.Center, heading.ParagraphProperties!.Justification!.Val!.Value);
                var rule = paragraphs.FindIndex(i, IsRule);
                var kemTheo = paragraphs[rule + 1];
                Assert.Matches(@"^\(Kèm theo Đề án số +/ĐA-UBND ngày \d+ tháng \d+ năm \d{4} của Ủy ban nhân dân tỉnh .+\)$", kemTheo.InnerText);
                Assert.All(kemTheo.Descendants<Run>().Where(r => r.InnerText.Length > 0), r => Assert.NotNull(r.RunProperties?.Italic));
            }
        }
    }

    [Fact]
    public void EveryDocument_PointsLetteredWithoutGaps()
    {
        string[] letters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n"];
        var checkedPoints = 0;
        foreach (var (name, body) in Bodies())
        {
            var previous = -1;
            foreach (var p in body.OfType<Paragraph>())
            {
                if (p.ParagraphProperties?.ParagraphStyleId is not null)
                {
                    previous = -1;
                    continue;
                }

                var m = System.Text.RegularExpressions.Regex.Match(p.InnerText, @"^(\p{Ll})\) ");
                if (!m.Success)
                {
                    continue;
                }

                var index = Array.IndexOf(letters, m.Groups[1].Value);
                Assert.True(index == 0 || index == previous + 1, $"{name}: '{p.InnerText[..Math.Min(40, p.InnerText.Length)]}' after {(previous < 0 ? "none" : letters[previous] + ")")}");
                previous = index;
                checkedPoints++;
            }
        }

        Assert.True(checkedPoints > 20, $"{checkedPoints} points");
    }

    [Fact]
    public void NghiQuyet_EveryArticleTitled()
    {
        foreach (var (name, body) in Bodies().Where(b => b.Name == "nghi-quyet"))
        {
            var articles = body.OfType<Paragraph>().Where(p => p.InnerText.StartsWith("Điều ", StringComparison.Ordinal)).ToList();
            Assert.Equal(3, articles.Count);
            Assert.All(articles, a => Assert.Matches(@"^Điều \d\. \p{Lu}\p{Ll}+ .+", a.InnerText));
            Assert.Contains(articles, a => a.InnerText == "Điều 2. Hiệu lực thi hành");
            Assert.All(articles, a => Assert.True(KeepsNext(a), name));
        }
    }
}
