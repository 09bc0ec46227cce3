using Boundaries.Data.Import.Shapefile;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Import.Shapefile;

public class ShapefileLayerReaderTests
{
    private static readonly string Tm3 = RepoPaths.Fixture("import", "tp-tra-vinh_communes_vn2000_tm3_105-30.shp");
    private static readonly string Legacy = RepoPaths.Fixture("import", "tp-tra-vinh_communes_tcvn3.shp");

    [Fact]
    public void Read_Tm3Shapefile_GivesPrjAndUtf8Names()
    {
        var layer = ShapefileLayerReader.Read(Tm3, encodingOption: null);

        Assert.Equal(10, layer.Features.Count);
        Assert.Equal(".prj", layer.DeclaredCrs?.Origin);
        Assert.Contains("TM-3_105-30", layer.DeclaredCrs!.Text, StringComparison.Ordinal);
        Assert.Equal("UTF-8 (.cpg)", layer.TextEncoding);
        Assert.Equal("Xã Long Đức", layer.Features.Single(f => f.Text("MA_XA") == "29263").Text("TEN_XA"));
    }

    [Fact]
    public void Read_Tcvn3NamesBehindAnsiLanguageDriver_AreDetectedAndConverted()
    {
        var layer = ShapefileLayerReader.Read(Legacy, encodingOption: null);

        Assert.Equal("TCVN3 (detected), converted to Unicode", layer.TextEncoding);
        Assert.Equal("Phường 1", layer.Features[0].Text("TEN_XA"));
        Assert.Equal("Phường", layer.Features[0].Text("LOAI"));
        Assert.Equal("Xã Long Đức", layer.Features.Single(f => f.Text("MA_XA") == "29263").Text("TEN_XA"));
        var issue = Assert.Single(layer.Issues, i => i.Kind == "text-encoding");
        Assert.Contains("TCVN3", issue.Message, StringComparison.Ordinal);
        Assert.Contains("declares no encoding", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EncodingOptionLatin1_KeepsTheGarbledNamesAsTheOptionSays()
    {
        var layer = ShapefileLayerReader.Read(Legacy, encodingOption: "ISO-8859-1");

        Assert.Equal("Ph\u00ADêng 1", layer.Features[0].Text("TEN_XA"));
    }

    [Fact]
    public void Read_EncodingOptionTcvn3_Converts()
    {
        var layer = ShapefileLayerReader.Read(Legacy, encodingOption: "TCVN3");

        Assert.Equal("Phường 1", layer.Features[0].Text("TEN_XA"));
        Assert.Empty(layer.Issues);
    }

    [Fact]
    public void Read_NoDbf_ThrowsNamingTheShp()
    {
        using var temp = new TempFolder();
        var shp = temp.CopyShapefile(Tm3, ".shp", ".shx", ".prj");

        var ex = Assert.Throws<InputDataException>(() => ShapefileLayerReader.Read(shp, null));

        Assert.Equal($"{shp}: no .dbf beside the .shp: a shapefile needs its attribute table", ex.Message);
    }
}
