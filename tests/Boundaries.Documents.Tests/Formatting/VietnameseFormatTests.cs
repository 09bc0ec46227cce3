using Boundaries.Core.Formatting;

namespace Boundaries.Documents.Tests.Formatting;

public sealed class VietnameseFormatTests
{
    [Fact]
    public void Count_Thousands_UsesDot() => Assert.Equal("1.664", VietnameseFormat.Count(1664));

    [Fact]
    public void Number_Decimals_UsesComma() => Assert.Equal("9,072", VietnameseFormat.Number(9.072, 3));

    [Fact]
    public void Percent_TwoDecimals_SpaceBeforeSign() => Assert.Equal("26,73\u00A0%", VietnameseFormat.Percent(1.47 / 5.5 * 100));

    [Fact]
    public void Km2_Unknown_Dash() => Assert.Equal("—", VietnameseFormat.Km2(null));

    [Fact]
    public void Date_SeedReport_WrittenOut() => Assert.Equal("ngày 13 tháng 6 năm 2023", VietnameseFormat.Date(new DateOnly(2023, 6, 13)));

    [Fact]
    public void Date_SmallDayAndJanuary_LeadingZeros() => Assert.Equal("ngày 01 tháng 01 năm 2025", VietnameseFormat.Date(new DateOnly(2025, 1, 1)));

    [Fact]
    public void JoinAnd_ThreeItems_CommasAndVa() => Assert.Equal("A, B và C", VietnameseFormat.JoinAnd(["A", "B", "C"]));
}
