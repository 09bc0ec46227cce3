using System.Globalization;
using System.IO.Compression;
using System.Text;
using Boundaries.Core.Units;

namespace Boundaries.Core.Tests.Units;

/// <summary>Fold works character by character; it must give what normalising the whole string gives, on every name of
/// the 2025 unit list and on the awkward spellings (decomposed marks, separators, runs of spaces, upper case).</summary>
public sealed class UnitTypesFoldTests
{
    public static TheoryData<string> Awkward() =>
    [
        "Thị trấn", "THI_TRAN", "thi-tran", "  Phường   Trường  Long Hòa ", "Thi\u0323 tra\u0302\u0301n",
        "Đặc khu Côn Đảo", "đặc-khu", "Xã\tTiểu Cần", "Phường\u00a0Sài Gòn", "--Xã__Long  Hữu--", "", "   ", "Ⅻ ǅ ǈ",
    ];

    [Theory]
    [MemberData(nameof(Awkward))]
    public void Fold_AwkwardSpellings_AsTheWholeStringNormalised(string text) =>
        Assert.Equal(Reference(text), UnitTypes.Fold(text));

    [Fact]
    public void Fold_EveryName_AsTheWholeStringNormalised()
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(RepoPaths.Vietnam2025, "units.csv.gz")), CompressionMode.Decompress));
        var names = reader.ReadToEnd().Split('\n').Skip(1).Select(l => l.Split(',')).Where(f => f.Length > 2 && f[0].All(char.IsAsciiDigit)).Select(f => f[1]).ToList();

        Assert.True(names.Count >= 3355, $"{names.Count} names read");
        Assert.All(names, n => Assert.Equal(Reference(n), UnitTypes.Fold(n)));
        Assert.Equal("phuong truong long hoa", UnitTypes.Fold("Phường Trường Long Hòa"));
    }

    [Theory]
    [InlineData("Thị trấn", UnitType.ThiTran)]
    [InlineData("thi tran", UnitType.ThiTran)]
    [InlineData("DAC_KHU", UnitType.DacKhu)]
    [InlineData("Thành phố", UnitType.ThanhPhoThuocTinh)]
    [InlineData("Thành phố trực thuộc trung ương", UnitType.ThanhPhoTrucThuocTrungUong)]
    [InlineData("ThanhPhoTrucThuocTrungUong", UnitType.ThanhPhoTrucThuocTrungUong)]
    [InlineData("tp truc thuoc tw", UnitType.ThanhPhoTrucThuocTrungUong)]
    public void TryParse_Spellings(string text, UnitType expected)
    {
        Assert.True(UnitTypes.TryParse(text, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("TT")]
    [InlineData("ấp")]
    [InlineData("")]
    public void TryParse_NotAType(string text) => Assert.False(UnitTypes.TryParse(text, out _));

    // The definition: trim, decompose, drop the non-spacing marks, đ to d, - and _ to spaces, lower case, one space between words.
    private static string Reference(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c switch { 'đ' or 'Đ' => 'd', '-' or '_' => ' ', _ => char.ToLowerInvariant(c) });
            }
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
