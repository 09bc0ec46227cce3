using Boundaries.Data.Import.Building;

namespace Boundaries.Data.Tests.Import.Building;

public sealed class PopulationTextTests
{
    [Theory]
    [InlineData("21870", 21870L)]
    [InlineData("21870.0", 21870L)]
    [InlineData("1.009.168", 1009168L)]
    [InlineData("1 009 168", 1009168L)]
    [InlineData(" 3499 ", 3499L)]
    [InlineData("0", 0L)]
    public void Parse_WholeNumbersAsSpreadsheetsWriteThem_TheNumber(string text, long expected) =>
        Assert.Equal(expected, PopulationText.Parse(text));

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("3499.5")]
    [InlineData("3,5")]
    [InlineData("12345678901234567890123")]
    [InlineData("1e6")]
    [InlineData("")]
    public void Parse_NotAWholeNumberOfPeople_Null(string text) =>
        Assert.Null(PopulationText.Parse(text));
}
