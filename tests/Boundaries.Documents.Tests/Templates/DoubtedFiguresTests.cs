using Boundaries.Documents.Tests.TestSupport;

namespace Boundaries.Documents.Tests.Templates;

/// <summary>A figure that rests on a doubted declared value (data/boundaries/vinh-long-2025/figure-doubts.csv) says so in the documents.</summary>
public sealed class DoubtedFiguresTests
{
    // xã Quới Thiện's declared population, 2.624, is below half the 2019 census of the communes it was made from (18.447).
    private const string QuoiThienDoubt = "Dân số công bố (2.624 người) thấp hơn một nửa dân số Tổng điều tra 1/4/2019";

    private static string Document(string name) =>
        DossierRenderer.RenderDossier(TraVinhDossiers.VinhLong2026, TraVinhDossiers.Templates).Single(d => d.Name == name).Markdown.Replace("\u00A0", " ", StringComparison.Ordinal);

    [Fact]
    public void Vl2026_FiguresTable_QuoiThienBeforeAndTheMergedUnitRestOnTheDoubtedPopulation()
    {
        var figures = TraVinhDossiers.VinhLong2026.Figures;

        var before = figures.Single(f => f.Name == "Xã Quới Thiện" && f.Moment == "trước");
        var after = figures.Single(f => f.Moment == "sau" && f.Name == "Xã Quới Thiện");
        var quoiAn = figures.Single(f => f.Name == "Xã Quới An" && f.Moment == "trước");
        Assert.Equal(2_624, before.Population);
        Assert.StartsWith(QuoiThienDoubt, before.PopulationDoubt, StringComparison.Ordinal);
        Assert.Equal(29_101 + 2_624, after.Population);
        Assert.StartsWith(QuoiThienDoubt, after.PopulationDoubt, StringComparison.Ordinal);
        Assert.Equal("", quoiAn.PopulationDoubt);
        Assert.Equal("", before.AreaDoubt);
    }

    [Fact]
    public void Vl2026_BieuThongKe_MarksTheDoubtedFiguresAndExplainsThemInVietnamese()
    {
        var text = Document("bieu-thong-ke");

        Assert.Contains("| 2.624 (cần kiểm tra) |", text);
        Assert.Contains("| 31.725 (cần kiểm tra) |", text);
        Assert.DoesNotContain("| 29.101 (cần kiểm tra) |", text);
        Assert.Contains("**Ghi chú về số liệu cần kiểm tra:**", text);
        Assert.Contains("- Quy mô dân số của Xã Quới Thiện (trước sắp xếp, 2.624 người) tính trên số liệu công bố có sai lệch qua kiểm tra chất lượng số liệu: " + QuoiThienDoubt, text);
        Assert.Contains("- Quy mô dân số của Xã Quới Thiện (sau sắp xếp, 31.725 người)", text);
    }

    [Fact]
    public void Vl2026_DeAnAnnex_MarksTheDoubtedFigures()
    {
        var text = Document("de-an");
        var annex = text[text.IndexOf("BIỂU TỔNG HỢP SỐ LIỆU", StringComparison.Ordinal)..];

        Assert.Contains("| 2.624 (cần kiểm tra) |", annex);
        Assert.Contains("**Ghi chú về số liệu cần kiểm tra:**", text);
    }

    [Fact]
    public void TraVinh2023_NoDoubts_NoNote()
    {
        foreach (var document in DossierRenderer.RenderDossier(TraVinhDossiers.Nq1277, TraVinhDossiers.Templates))
        {
            Assert.DoesNotContain("cần kiểm tra", document.Markdown, StringComparison.Ordinal);
        }
    }
}
