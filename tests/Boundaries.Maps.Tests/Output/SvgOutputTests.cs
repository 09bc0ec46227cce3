using System.Text;
using System.Xml.Linq;
using Boundaries.Maps.Tests.TestSupport;

namespace Boundaries.Maps.Tests.Output;

[Trait("Category", "Slow")]
public sealed class SvgOutputTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Render_DistrictSvg_KeepsVietnameseLabelsAsText()
    {
        var (bytes, _) = Rendered.Of("district-150", () => TraVinh.DistrictRequest(), MapFormat.Svg);

        var document = XDocument.Parse(Encoding.UTF8.GetString(bytes));
        var texts = document.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToHashSet();

        Assert.Contains("Xã Long Đức", texts);
        Assert.Contains("THÀNH PHỐ TRÀ VINH", texts);
        Assert.Contains("P. 3", texts);
        Assert.Contains("Tỉ lệ 1:90.000", texts);
        Assert.Contains(texts, t => t.StartsWith("Hệ tọa độ VN-2000, kinh tuyến trục 105°30'", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_BeforeAfterSvg_HasBothHeadingsAndTheChangeCounts()
    {
        var (bytes, _) = Rendered.Of("nq1277-150", () => TraVinh.BeforeAfterRequest(), MapFormat.Svg);

        var texts = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();

        Assert.Contains("Hiện trạng", texts);
        Assert.Contains("Sau sắp xếp", texts);
        Assert.Contains("Đơn vị thay đổi theo phương án", texts);
        Assert.Contains("3 → 1", texts);

        // Three must-arrange wards before, none after: the merged Phường 3 is below standard but permitted.
        Assert.Contains("3 → 0", texts);
    }
}
