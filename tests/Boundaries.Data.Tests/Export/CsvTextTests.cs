namespace Boundaries.Data.Tests.Export;

/// <summary>CSV cells as a spreadsheet opens them: RFC 4180 quoting, and no text taken for a formula (OWASP "CSV Injection").</summary>
public sealed class CsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://example.invalid\")", "\"'=HYPERLINK(\"\"http://example.invalid\"\")\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+84 294 3862", "'+84 294 3862")]
    [InlineData("-Ấp Mới", "'-Ấp Mới")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tPhường 3", "'\tPhường 3")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("Phường <b>Ấp</b> & \"Mới\"", "\"Phường <b>Ấp</b> & \"\"Mới\"\"\"")]
    [InlineData("", "")]
    public void Cell_Text_QuotedAndNeverAFormula(string text, string expected) => Assert.Equal(expected, CsvText.Cell(text));

    [Fact]
    public void Cell_NegativeNumber_WrittenAsANumber() => Assert.Equal("-3.5", CsvText.Cell(-3.5));
}
