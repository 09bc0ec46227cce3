using Boundaries.Data.Import.Text;

namespace Boundaries.Data.Tests.Import.Text;

public class Tcvn3Tests
{
    [Theory]
    [InlineData(new byte[] { 0x50, 0x68, 0xAD, 0xEA, 0x6E, 0x67, 0x20, 0x31 }, "Phường 1")]
    [InlineData(new byte[] { 0x58, 0xB7, 0x20, 0x4C, 0x6F, 0x6E, 0x67, 0x20, 0xA7, 0xF8, 0x63 }, "Xã Long Đức")]
    [InlineData(new byte[] { 0x54, 0x68, 0xDE, 0x20, 0x74, 0x72, 0xCA, 0x6E }, "Thị trấn")]
    [InlineData(new byte[] { 0x48, 0xDF, 0x61, 0x20, 0x54, 0x68, 0x75, 0xCB, 0x6E }, "Hòa Thuận")]
    public void Decode_Tcvn3Bytes_GivesUnicode(byte[] bytes, string expected)
    {
        var text = Tcvn3.Decode(bytes);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Decode_BaseLetterWithCombiningToneByte_ComposesToNfc()
    {
        // 0xB3 is the combining acute of TCVN 5712 (U+0301); after NFC "a" + acute is one letter.
        var text = Tcvn3.Decode([0x61, 0xB3]);

        Assert.Equal("á", text);
    }

    [Fact]
    public void FromLatin1_TextAsGdalShowsIt_GivesUnicode()
    {
        var text = Tcvn3.FromLatin1("Ph\u00ADêng 1");

        Assert.Equal("Phường 1", text);
    }
}
