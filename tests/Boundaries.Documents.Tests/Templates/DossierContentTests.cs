using Boundaries.Documents.Tests.TestSupport;

namespace Boundaries.Documents.Tests.Templates;

/// <summary>What the issue asks of the text: the NQ 1277 đề án and resolution, the NQ 728 declared figures.</summary>
public sealed class DossierContentTests
{
    private static string Document(string scenario, string name) =>
        DossierRenderer.RenderDossier(scenario == "nq1277" ? TraVinhDossiers.Nq1277 : TraVinhDossiers.Nq728, TraVinhDossiers.Templates)
            .Single(d => d.Name == name).Markdown;

    [Fact]
    public void DeAn_Nq1277_StatesBeforeAfterExceptionAndNeighbours()
    {
        var text = Document("nq1277", "de-an");

        Assert.Contains("Phường 2 có diện tích tự nhiên 0,29 km²", text);
        Assert.Contains("đạt 5,27\u00A0% tiêu chuẩn 5,50 km²", text);
        Assert.Contains("Phường 6 có diện tích tự nhiên 1,01 km²", text);
        Assert.Contains("Phường 3 có diện tích tự nhiên là 1,47 km² và quy mô dân số là 18.644 người; đạt 26,73\u00A0% tiêu chuẩn diện tích tự nhiên và 266,34\u00A0% tiêu chuẩn quy mô dân số", text);
        Assert.Contains("nhập 03 đơn vị hành chính cùng cấp, thuộc trường hợp không bắt buộc đạt tiêu chuẩn theo Điều 4 dự thảo Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp", text);
        Assert.Contains("Phường 3 phía Đông giáp Phường 5", text);
    }

    [Fact]
    public void NghiQuyet_Nq1277_ReadsLikeTheResolution()
    {
        var text = Document("nq1277", "nghi-quyet");

        Assert.Contains("### Điều 1. Sắp xếp đơn vị hành chính cấp xã của thành phố Trà Vinh, tỉnh Trà Vinh", text);
        Assert.Contains("a) Nhập toàn bộ diện tích tự nhiên là 0,29 km² và quy mô dân số là 3.885 người của Phường 2, toàn bộ diện tích tự nhiên là 1,01 km² và quy mô dân số là 10.960 người của Phường 6 vào Phường 3.", text);
        Assert.Contains("Sau khi nhập, Phường 3 có diện tích tự nhiên là 1,47 km² và quy mô dân số là 18.644 người. Phường 3: phía Đông giáp Phường 5;", text);
        Assert.Contains("### Điều 2. Hiệu lực thi hành", text);
        Assert.Contains("### Điều 3. Tổ chức thực hiện", text);
        Assert.Contains("thành phố Trà Vinh có 08 đơn vị hành chính cấp xã, gồm 07 phường và 01 xã", text);
        Assert.Contains("104 đơn vị hành chính cấp xã, gồm 85 xã, 09 phường và 10 thị trấn", text);
        Assert.Contains("có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025", text);
    }

    [Theory]
    [InlineData("de-an")]
    [InlineData("nghi-quyet")]
    [InlineData("to-trinh")]
    [InlineData("bieu-thong-ke")]
    public void Document_Nq728_MarksDeclaredFigures(string name)
    {
        var text = Document("nq728", name);

        Assert.Contains("số liệu công bố, chưa có bản đồ ranh giới", text);
        Assert.Contains("3,13 km²", text);
    }

    [Fact]
    public void NghiQuyet_Nq728_AdjustsBoundaryLikeTheResolution()
    {
        var text = Document("nq728", "nghi-quyet");

        Assert.Contains("Điều chỉnh một phần diện tích tự nhiên là 3,13 km² (số liệu công bố, chưa có bản đồ ranh giới) và quy mô dân số là 490 người của xã Long Khánh vào xã Ngũ Lạc quản lý.", text);
        Assert.Contains("Sau khi điều chỉnh địa giới, xã Long Khánh có diện tích tự nhiên là 50,25 km²", text);
    }

    [Fact]
    public void PhieuLayYKien_Nq1277_OneSheetPerAffectedCommune()
    {
        var text = Document("nq1277", "phieu-lay-y-kien");

        Assert.Equal(3, text.Split("PHIẾU LẤY Ý KIẾN CỬ TRI").Length - 1);
        Assert.Contains("| Đồng ý | Không đồng ý |", text);
        Assert.DoesNotContain("{{", text);
    }
}
