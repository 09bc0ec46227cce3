using Boundaries.Maps.Drawing;
using Boundaries.Maps.Tests.TestSupport;

namespace Boundaries.Maps.Tests.Output;

public sealed class MapFontsTests
{
    [Fact]
    public void Load_SystemFonts_CoverEveryVietnameseLetter()
    {
        using var fonts = MapFonts.Load(null);

        Assert.True(fonts.Regular.ContainsGlyphs("Phường 3 – Xã Định An, Thị trấn Cầu Ngang, Hiệp Mỹ Đông"));
        Assert.EndsWith("DejaVu Sans", fonts.Regular.FamilyName, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FontFolderWithoutDejaVu_FailsNamingThePackage()
    {
        var empty = Directory.CreateTempSubdirectory("boundaries-fonts-").FullName;
        try
        {
            var request = TraVinh.ProvinceRequest() with { FontDirectory = empty };

            var error = Assert.Throws<MapFontException>(() => MapRenderer.Render(request, MapFormat.Png, Stream.Null));

            Assert.Contains(empty, error.Message);
            Assert.Contains("fonts-dejavu-core", error.Message);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
