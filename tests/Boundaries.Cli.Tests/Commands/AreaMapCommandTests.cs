using System.Buffers.Binary;
using Boundaries.Cli.Tests.TestSupport;

namespace Boundaries.Cli.Tests.Commands;

/// <summary><c>boundaries map</c> of part of a province: a district of the 2023 data, a rectangle (the view), selected units with their neighbours.</summary>
[Trait("Category", "Slow")]
public sealed class AreaMapCommandTests(TraVinhProject project) : IClassFixture<TraVinhProject>
{
    [Theory]
    [InlineData("district", "BẢN ĐỒ ĐƠN VỊ HÀNH CHÍNH CẤP XÃ THÀNH PHỐ TRÀ VINH, TỈNH TRÀ VINH", "--district", "842")]
    [InlineData("bbox", "KHU VỰC 106,30–106,37° ĐÔNG, 9,90–9,97° BẮC, TỈNH TRÀ VINH", "--bbox", "106.30,9.90,106.37,9.97")]
    [InlineData("units", "KHU VỰC PHƯỜNG 3 VÀ CÁC ĐƠN VỊ GIÁP RANH, TỈNH TRÀ VINH", "--units", "29242", "--with-neighbours")]
    public void Map_PartOfTheProvince_WritesAPngAndAPdfWhoseTextNamesTheArea(string name, string title, params string[] area)
    {
        var png = Path.Combine(project.Folder, $"area-{name}.png");
        var pdf = Path.Combine(project.Folder, $"area-{name}.pdf");

        var toPng = BoundariesCommand.Run(project.Folder, ["map", project.Path, "--as-of", "2023-06-13", .. area, "--dpi", "100", "--out", png]);
        var toPdf = BoundariesCommand.Run(project.Folder, ["map", project.Path, "--as-of", "2023-06-13", .. area, "--out", pdf]);

        Assert.True(toPng.ExitCode == 0, toPng.Stderr);
        Assert.True(toPdf.ExitCode == 0, toPdf.Stderr);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal(827, Math.Min(BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))));
        var text = ExternalTool.Run("pdftotext", "poppler-utils", pdf, "-");
        Assert.True(text.ExitCode == 0, text.Errors);
        Assert.Contains(title, string.Join(" ", text.Output.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Contains("Đơn vị ngoài phạm vi bản đồ", text.Output);
    }

    [Fact]
    public void Map_UnitsWithNeighbours_ColoursPhuong3AndTheFiveWardsAroundIt()
    {
        var svg = Path.Combine(project.Folder, "area-neighbours.svg");

        var result = BoundariesCommand.Run(project.Folder, "map", project.Path, "--as-of", "2023-06-13", "--units", "29242", "--with-neighbours", "--out", svg);

        // Phường 3 touches Phường 1, 2, 4, 5 and 6: the legend counts six communes (3 to arrange, 3 below the standard).
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("6 commune labels", result.Stdout);
    }

    [Theory]
    [InlineData("--with-neighbours", "--with-neighbours needs --units")]
    [InlineData("--units", "842", "--units 842: no commune-level unit")]
    [InlineData("--bbox", "106.3,9.9", "--bbox 106.3,9.9: give west,south,east,north")]
    [InlineData("--bbox", "100,10,100.1,10.1", "no commune of the map lies in this rectangle")]
    public void Map_BadArea_ExitsOneNamingTheProblem(params string[] argumentsThenMessage)
    {
        var png = Path.Combine(project.Folder, $"bad-area-{Guid.NewGuid():N}.png");

        var result = BoundariesCommand.Run(project.Folder, ["map", project.Path, .. argumentsThenMessage[..^1], "--out", png]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(argumentsThenMessage[^1], result.Stderr);
        Assert.False(File.Exists(png));
    }
}
