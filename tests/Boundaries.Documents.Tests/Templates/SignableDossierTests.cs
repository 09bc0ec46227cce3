using System.Text.RegularExpressions;
using Boundaries.Core.Formatting;
using Boundaries.Documents.Model;
using Boundaries.Documents.Tests.TestSupport;

namespace Boundaries.Documents.Tests.Templates;

/// <summary>Issue 13's "done when" on the bundled scenarios: bases in force on the date, one figures table, Vietnamese only, the prescribed sections.</summary>
public sealed partial class SignableDossierTests
{
    /// <summary>English words and tool phrases that have no place in an official document.</summary>
    private static readonly string[] Forbidden =
    [
        "changed", "declared", "figures", "figure", "polygon", "published", "reported", "report", "ellipsoid", "merged", "created", "adjusted",
        "renamed", "coverage", "union", "official", "unconfirmed", "source", "sources", "the", "and", "of", "from", "as", "by", "null", "nan",
        "true", "false", "scenario", "boundaries", "census", "area", "population", "commune", "district", "province", "todo", "km2", "gso", "wgs",
        "vbhn",
    ];

    public static TheoryData<string> Scenarios() => new() { "nq1277", "nq728", "vl2026" };

    private static DossierModel Model(string scenario) => scenario switch
    {
        "nq1277" => TraVinhDossiers.Nq1277,
        "nq728" => TraVinhDossiers.Nq728,
        _ => TraVinhDossiers.VinhLong2026,
    };

    private static IReadOnlyList<RenderedDocument> Documents(string scenario) => DossierRenderer.RenderDossier(Model(scenario), TraVinhDossiers.Templates);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void EveryDocument_CitesNoInstrumentAfterItsDate(string scenario)
    {
        var date = Model(scenario).Document.Date;
        // Adopted later, or a basis no longer in force (Luật 77/2015, NQ 1211/2016 and NĐ 54/2018 in a 2026 dossier).
        var later = TraVinhDossiers.Templates.Instruments.Instruments
            .Where(i => i.Number.Length > 0 && (i.LaterThan(date) || (i.Roles.Count > 0 && !i.InForceOn(date))))
            .ToList();
        Assert.Contains(later, i => i.Number == (scenario == "vl2026" ? "77/2015/QH13" : "35/2023/UBTVQH15"));
        foreach (var document in Documents(scenario))
        {
            foreach (var instrument in later)
            {
                Assert.False(document.Markdown.Contains(instrument.Number, StringComparison.Ordinal), $"{scenario}/{document.Name} cites {instrument.Number}, not in force on {date}");
            }
        }
    }

    [Fact]
    public void Nq1277_DraftedAheadOfNq35_SaysSoAndWarns()
    {
        var model = TraVinhDossiers.Nq1277;

        Assert.True(model.Legal.ProgrammeIsDraft);
        Assert.Contains(model.Legal.Warnings, w => w.Contains("35/2023/UBTVQH15", StringComparison.Ordinal));
        Assert.Contains("Định hướng tại dự thảo Nghị quyết của Ủy ban Thường vụ Quốc hội", Documents("nq1277").Single(d => d.Name == "de-an").Markdown);
        Assert.Contains(model.Legal.Laws, l => l.Contains("77/2015/QH13", StringComparison.Ordinal) && l.Contains("21/2017/QH14", StringComparison.Ordinal) && l.Contains("47/2019/QH14", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void EveryNumber_IsInTheFiguresTable(string scenario)
    {
        var model = Model(scenario);
        var areas = model.Figures.Select(f => VietnameseFormat.Km2(f.AreaKm2))
            .Concat(model.Before.Concat(model.Plan.Select(p => p.After)).Where(u => u.Standard is not null).Select(u => VietnameseFormat.Km2(u.Standard!.MinAreaKm2)))
            .ToHashSet();
        var people = model.Figures.Select(f => VietnameseFormat.People(f.Population))
            .Concat(model.Before.Concat(model.Plan.Select(p => p.After)).Where(u => u.Standard is not null).Select(u => VietnameseFormat.People((long)u.Standard!.MinPopulation)))
            .ToHashSet();
        var percents = model.Figures.SelectMany(f => new[] { VietnameseFormat.Percent(f.AreaPercent), VietnameseFormat.Percent(f.PopulationPercent) }).ToHashSet();
        foreach (var document in Documents(scenario))
        {
            // A doubt quotes the measurement that questions a declared figure (e.g. the 2019 census): it travels with the
            // figures table row it is about, and is not a figure of the dossier.
            var text = model.Figures.SelectMany(f => new[] { f.AreaDoubt, f.PopulationDoubt }).Where(d => d.Length > 0)
                .Aggregate(document.Markdown, (t, d) => t.Replace(d, "", StringComparison.Ordinal))
                .Replace("\u00A0", " ", StringComparison.Ordinal);
            foreach (Match m in AreaText().Matches(text))
            {
                Assert.True(areas.Contains(m.Groups[1].Value), $"{scenario}/{document.Name}: {m.Value} is not in the figures table");
            }

            foreach (Match m in PeopleText().Matches(text))
            {
                Assert.True(people.Contains(m.Groups[1].Value), $"{scenario}/{document.Name}: {m.Value} is not in the figures table");
            }

            foreach (Match m in PercentText().Matches(text).Where(m => m.Groups[1].Value != "50"))
            {
                Assert.True(percents.Contains(m.Groups[1].Value + "\u00A0%"), $"{scenario}/{document.Name}: {m.Value} is not in the figures table");
            }
        }
    }

    [Fact]
    public void Nq1277_FiguresTable_OfficialFiguresAndPercentagesFromPrintedFigures()
    {
        var after = TraVinhDossiers.Nq1277.Figures.Single(f => f.Name == "Phường 3" && f.Moment == "sau");

        Assert.Equal(1.47, after.AreaKm2);
        Assert.Equal(18_644, after.Population);
        Assert.Equal(26.73, after.AreaPercent);
        Assert.Equal(266.34, after.PopulationPercent);
        var before = TraVinhDossiers.Nq1277.Figures.Where(f => f.Moment == "trước" && f.Name.StartsWith("Phường", StringComparison.Ordinal)).ToList();
        Assert.Equal(1.47, before.Sum(f => f.AreaKm2!.Value), 1e-9);
        Assert.Equal(18_644, before.Sum(f => f.Population!.Value));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void EveryDocument_IsVietnameseOnly(string scenario)
    {
        foreach (var document in Documents(scenario))
        {
            var words = WordText().Matches(document.Markdown).Select(m => m.Value.ToLowerInvariant()).ToHashSet();
            var found = Forbidden.Where(words.Contains).ToList();
            Assert.True(found.Count == 0, $"{scenario}/{document.Name}: {string.Join(", ", found)}");
            Assert.DoesNotContain("{{", document.Markdown, StringComparison.Ordinal);
            Assert.False(Abbreviated().IsMatch(document.Markdown), $"{scenario}/{document.Name}: an instrument cited in short form ({Abbreviated().Match(document.Markdown).Value})");
            Assert.DoesNotContain(document.Markdown.Split('\n'), line => !line.StartsWith('|') && line.Contains('—', StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Nq1277_Counts_WordedRight()
    {
        var text = string.Join("\n", Documents("nq1277").Select(d => d.Markdown));

        Assert.Contains("giảm từ 106 xuống 104", text);
        Assert.DoesNotContain(" 00 ", text);
        Assert.DoesNotContain("giảm từ 106 xuống 106", string.Join("\n", Documents("nq728").Select(d => d.Markdown)));
    }

    [Theory]
    [InlineData("I. CĂN CỨ CHÍNH TRỊ, PHÁP LÝ VÀ SỰ CẦN THIẾT")]
    [InlineData("II. LỊCH SỬ HÌNH THÀNH VÀ HIỆN TRẠNG")]
    [InlineData("III. PHƯƠNG ÁN SẮP XẾP")]
    [InlineData("IV. ĐÁNH GIÁ TÁC ĐỘNG")]
    [InlineData("V. KẾT QUẢ LẤY Ý KIẾN, TỔ CHỨC THỰC HIỆN VÀ KIẾN NGHỊ")]
    [InlineData("Căn cứ chính trị")]
    [InlineData("dôi dư")]
    [InlineData("Trụ sở làm việc")]
    [InlineData("Kinh phí thực hiện")]
    [InlineData("Phụ lục I")]
    [InlineData("(Kèm theo Đề án số")]
    public void DeAn_2023_HasThePrescribedSections(string heading)
    {
        Assert.Contains(heading, Documents("nq1277").Single(d => d.Name == "de-an").Markdown);
    }

    [Theory]
    [InlineData("Phần 1. CĂN CỨ PHÁP LÝ VÀ SỰ CẦN THIẾT")]
    [InlineData("Phần 2. LỊCH SỬ HÌNH THÀNH VÀ HIỆN TRẠNG")]
    [InlineData("Phần 3. PHƯƠNG ÁN")]
    [InlineData("Phần 4. ĐÁNH GIÁ TÁC ĐỘNG VÀ ĐỊNH HƯỚNG PHÁT TRIỂN")]
    [InlineData("Phần 5. KẾT LUẬN VÀ KIẾN NGHỊ")]
    [InlineData("Luật Tổ chức chính quyền địa phương số 72/2025/QH15")]
    [InlineData("Nghị quyết số 112/2025/UBTVQH15 ngày 24 tháng 12 năm 2025 của Ủy ban Thường vụ Quốc hội về tiêu chuẩn của đơn vị hành chính")]
    [InlineData("Nghị định số 321/2025/NĐ-CP ngày 16 tháng 12 năm 2025 của Chính phủ")]
    [InlineData("từ 50 % trở lên số hộ gia đình")]
    [InlineData("Phụ lục I")]
    public void DeAn_2026_HasTheFivePartsOfNq112Dieu8AndTodaysBases(string text)
    {
        Assert.Contains(text, Documents("vl2026").Single(d => d.Name == "de-an").Markdown.Replace("\u00A0", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Vl2026_ResolutionAndBallot_TwoTiers()
    {
        var documents = Documents("vl2026");
        var resolution = documents.Single(d => d.Name == "nghi-quyet").Markdown;

        Assert.True(TraVinhDossiers.VinhLong2026.Legal.TwoTier);
        Assert.Contains("Số:      /NQ-UBTVQH16", resolution);
        Assert.Contains("a) Nhập toàn bộ diện tích tự nhiên là 44,93 km² và quy mô dân số là 29.101 người của xã Quới An vào xã Quới Thiện.", resolution);
        Assert.Contains("Sau khi nhập, xã Quới Thiện có diện tích tự nhiên là 91,88 km² và quy mô dân số là 31.725 người.", resolution);
        Assert.Contains("2. Sau khi sắp xếp, tỉnh Vĩnh Long có 123 đơn vị hành chính cấp xã, gồm 104 xã và 19 phường.", resolution);
        Assert.DoesNotContain("cấp huyện", resolution);
        Assert.DoesNotContain("77/2015/QH13", resolution);
        Assert.Contains("PHIẾU LẤY Ý KIẾN HỘ GIA ĐÌNH", documents.Single(d => d.Name == "phieu-lay-y-kien").Markdown);
    }

    [Fact]
    public void UnitNameWithMarkup_ShowsAsTextInHtmlAndDocx()
    {
        var model = TraVinhDossiers.Nq1277;
        var plan = model.Plan[0];
        var marked = model with { Plan = [plan with { After = plan.After with { Name = "<b>Ấp</b>", NameInText = "<b>Ấp</b>" } }] };

        var deAn = DossierRenderer.RenderDossier(marked, TraVinhDossiers.Templates).Single(d => d.Name == "de-an");

        Assert.DoesNotContain("<b>Ấp</b>", deAn.ToHtml(), StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Ấp&lt;/b&gt;", deAn.ToHtml(), StringComparison.Ordinal);
        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(deAn.ToDocx()), false);
        Assert.Contains("<b>Ấp</b>", docx.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(\d{1,3}(?:\.\d{3})*,\d{2}) km²")]
    private static partial Regex AreaText();

    [GeneratedRegex(@"(\d{1,3}(?:\.\d{3})*) người")]
    private static partial Regex PeopleText();

    [GeneratedRegex(@"(\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?) %")]
    private static partial Regex PercentText();

    [GeneratedRegex(@"\b(NQ|NĐ|QĐ) \d")]
    private static partial Regex Abbreviated();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordText();
}
