using System.Text;
using System.Text.RegularExpressions;
using Boundaries.Maps.Tests.TestSupport;

namespace Boundaries.Maps.Tests.Output;

[Trait("Category", "Slow")]
public sealed partial class PdfOutputTests
{
    [Fact]
    public void Render_ProvincePdf_IsVectorWithVietnameseTextPdftotextCanRead()
    {
        var (pdf, _) = Rendered.Of("province-300", () => TraVinh.ProvinceRequest(), MapFormat.Pdf);
        var file = Path.Combine(Path.GetTempPath(), $"boundaries-map-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var pdftotext = ExternalTool.Run("pdftotext", "poppler-utils", "-layout", file, "-");
            Assert.True(pdftotext.ExitCode == 0, $"pdftotext failed: {pdftotext.Errors}");
            var text = pdftotext.Output;

            Assert.Contains("BẢN ĐỒ ĐƠN VỊ HÀNH CHÍNH CẤP XÃ TỈNH TRÀ VINH", text);
            Assert.Contains("CHÚ GIẢI", text);
            Assert.Contains("Thuộc diện sắp xếp", text);
            Assert.Contains("Tỉ lệ 1:450.000", text);
            Assert.Contains("Xã Long Đức", text);
            Assert.Contains("Hệ tọa độ VN-2000", text);
            Assert.Contains("Xã Hiệp Mỹ Đông", text);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Render_ProvincePdf_HasNoRasterImagesAndAnA4LandscapePage()
    {
        var (pdf, _) = Rendered.Of("province-300", () => TraVinh.ProvinceRequest(), MapFormat.Pdf);
        var raw = Encoding.Latin1.GetString(pdf);

        Assert.StartsWith("%PDF-", raw);
        Assert.DoesNotContain("/Subtype /Image", raw);
        var box = MediaBox().Match(raw);
        Assert.True(box.Success, "no /MediaBox");
        Assert.Equal(841.89, double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 0.1);
        Assert.Equal(595.28, double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 0.1);
        Assert.Contains("/FontFile2", raw);
    }

    [GeneratedRegex(@"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]")]
    private static partial Regex MediaBox();
}
