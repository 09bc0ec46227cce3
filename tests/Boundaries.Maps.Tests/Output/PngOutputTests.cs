using System.Buffers.Binary;
using Boundaries.Maps.Tests.TestSupport;
using SkiaSharp;

namespace Boundaries.Maps.Tests.Output;

[Trait("Category", "Slow")]
public sealed class PngOutputTests
{
    [Fact]
    public void Render_ProvinceA4Landscape300Dpi_Is3508By2480PixelsAt300Dpi()
    {
        var (png, report) = Rendered.Of("province-300", () => TraVinh.ProvinceRequest(), MapFormat.Png);

        Assert.Equal((3508, 2480), (report.PixelWidth, report.PixelHeight));
        Assert.Equal((3508, 2480), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((3508, 2480), (bitmap.Width, bitmap.Height));

        // pHYs right after IHDR: 11811 pixels per metre (300 dpi) on both axes, unit byte 1 (metre).
        Assert.Equal("pHYs", System.Text.Encoding.ASCII.GetString(png, 37, 4));
        Assert.Equal(11811u, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(41)));
        Assert.Equal(11811u, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(45)));
        Assert.Equal(1, png[49]);
    }

    [Fact]
    public void Render_A3Portrait150Dpi_Is1754By2480Pixels()
    {
        var request = TraVinh.ProvinceRequest(Orientation.Portrait, 150) with { Paper = PaperSize.A3 };

        var (_, report) = Rendered.Of("province-a3-portrait", () => request, MapFormat.Png);

        Assert.Equal((1754, 2480), (report.PixelWidth, report.PixelHeight));
        Assert.Equal(297 * 72 / 25.4, report.PageWidthPoints, 0.01);
    }

    [Fact]
    public void Render_Province_IsDrawnInVn2000Tm3At1To450000()
    {
        var (_, report) = Rendered.Of("province-300", () => TraVinh.ProvinceRequest(), MapFormat.Png);

        Assert.Equal(9209, report.DisplayEpsg);
        Assert.Equal("VN-2000 / TM-3 105-30", report.DisplayCrsName);
        Assert.Equal(450_000, report.ScaleDenominator);

        // 0.1 mm on paper at 1:450.000.
        Assert.Equal(45, report.SimplificationToleranceMeters, 1e-9);
    }
}
