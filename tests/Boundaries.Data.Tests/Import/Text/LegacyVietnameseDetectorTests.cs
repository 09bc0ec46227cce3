using Boundaries.Data.Import.Text;

namespace Boundaries.Data.Tests.Import.Text;

public class LegacyVietnameseDetectorTests
{
    [Fact]
    public void Detect_Tcvn3ReadAsLatin1_IsTcvn3()
    {
        var encoding = LegacyVietnameseDetector.Detect(["Ph\u00ADêng 1", "X· Long §øc", "ThÞ trÊn CÇu Kè"]);

        Assert.Equal(LegacyVietnameseEncoding.Tcvn3, encoding);
    }

    [Fact]
    public void Detect_VniReadAsLatin1_IsVni()
    {
        // VNI-Windows: "Phường 1" is P h ö ô ø n g, "Xã Long Đức" is X a õ … Ñ ö ù c.
        var encoding = LegacyVietnameseDetector.Detect(["Phöôøng 1", "Xaõ Long Ñöùc"]);

        Assert.Equal(LegacyVietnameseEncoding.Vni, encoding);
    }

    [Theory]
    [InlineData("Phường 1", "Xã Long Đức")]
    [InlineData("Hàm Tân", "Xã Hàm Giang")]
    [InlineData("Phuong 1", "Xa Long Duc")]
    public void Detect_UnicodeOrAscii_IsNone(string first, string second)
    {
        var encoding = LegacyVietnameseDetector.Detect([first, second]);

        Assert.Equal(LegacyVietnameseEncoding.None, encoding);
    }
}
