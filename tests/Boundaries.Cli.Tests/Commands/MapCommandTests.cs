using System.Buffers.Binary;
using Boundaries.Cli.Tests.TestSupport;

namespace Boundaries.Cli.Tests.Commands;

[Trait("Category", "Slow")]
public sealed class MapCommandTests(TraVinhProject project) : IClassFixture<TraVinhProject>
{
    [Fact]
    public void Map_ProvinceA4Landscape_WritesA3508By2480Png()
    {
        var png = Path.Combine(project.Folder, "province.png");

        var result = BoundariesCommand.Run(project.Folder, "map", project.Path, "--as-of", "2023-06-13", "--landscape", "--out", png);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal(3508, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(2480, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        Assert.Contains("3508 × 2480 px at 300 dpi, A4 landscape, 1:450.000, VN-2000 / TM-3 105-30", result.Stdout);
    }

    [Fact]
    public void Map_Nq1277BeforeAfterSvg_ShowsBothPanelsAndTheChange()
    {
        var svg = Path.Combine(project.Folder, "nq1277.svg");
        var scenario = Path.Combine(RepoPaths.Root, "data", "scenarios", "nq1277-2024-tp-tra-vinh.json");

        var result = BoundariesCommand.Run(project.Folder, "map", project.Path, "--scenario", scenario, "--before-after", "--district", "842", "--out", svg);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var text = File.ReadAllText(svg);
        Assert.Contains("Hiện trạng (trước sắp xếp)", text);
        Assert.Contains("Sau sắp xếp (phương án)", text);
        Assert.Contains("PHƯƠNG ÁN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ THÀNH PHỐ TRÀ VINH, TỈNH TRÀ VINH", text);
        Assert.Contains("Phường 3: 0,17 → 1,47 km²", text);
        Assert.Contains("Đánh giá theo quy định có hiệu lực ngày 01/01/2025", text);
    }

    [Fact]
    public void Map_ColorByTypePdf_NeedsNoDate()
    {
        var pdf = Path.Combine(project.Folder, "types.pdf");

        var result = BoundariesCommand.Run(project.Folder, "map", project.Path, "--color-by", "type", "--paper", "A3", "--out", pdf);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.StartsWith("%PDF-", File.ReadAllText(pdf)[..8]);
        Assert.Contains("vector, A3", result.Stdout);
    }

    [Theory]
    [InlineData("--before-after", "--before-after needs --scenario FILE")]
    [InlineData("--district", "29242", "is not a district-level unit")]
    [InlineData("--district", "999", "--district 999: no unit with this code")]
    public void Map_BadOption_ExitsOneNamingTheProblem(params string[] argumentsThenMessage)
    {
        var arguments = argumentsThenMessage[..^1];
        var png = Path.Combine(project.Folder, $"bad-{Guid.NewGuid():N}.png");

        var result = BoundariesCommand.Run(project.Folder, ["map", project.Path, "--as-of", "2023-06-13", .. arguments, "--out", png]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(argumentsThenMessage[^1], result.Stderr);
        Assert.False(File.Exists(png));
    }

    [Fact]
    public void Map_UnknownExtension_ExitsOne()
    {
        var result = BoundariesCommand.Run(project.Folder, "map", project.Path, "--out", Path.Combine(project.Folder, "map.jpg"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("must end in .png, .pdf or .svg", result.Stderr);
    }

    [Fact]
    public void Map_FontFolderWithoutDejaVu_ExitsThreeNamingThePackageAndWritesNothing()
    {
        var fonts = Directory.CreateDirectory(Path.Combine(project.Folder, "no-fonts")).FullName;
        var png = Path.Combine(project.Folder, "no-fonts.png");

        var result = BoundariesCommand.Run(project.Folder, "map", project.Path, "--as-of", "2023-06-13", "--font-dir", fonts, "--out", png);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("fonts-dejavu-core", result.Stderr);
        Assert.False(File.Exists(png));
        Assert.Empty(Directory.GetFiles(project.Folder, ".no-fonts.png*"));
    }
}
