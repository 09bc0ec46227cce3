using Boundaries.Data.Import.Csv;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Import.Csv;

public class CsvTableTests
{
    [Fact]
    public void Read_QuotedFieldsWithCommasQuotesAndLineBreaks_KeepsThemInOneField()
    {
        using var temp = new TempFolder();
        var path = temp.Write("t.csv", "code,source,n\n29236,\"GSO, table \"\"Cube1a\"\"\nsecond line\",9976\r\n29239,plain,10557\n");

        var table = CsvTable.Read(path);

        Assert.Equal(["code", "source", "n"], table.Header);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("GSO, table \"Cube1a\"\nsecond line", table.Rows[0].Fields[1]);
        Assert.Equal("9976", table.Rows[0][table.ColumnIndex("N")]);
        Assert.Equal(4, table.Rows[1].Line);
    }

    [Fact]
    public void Read_SemicolonHeader_UsesSemicolonAsDelimiter()
    {
        using var temp = new TempFolder();
        var path = temp.Write("t.csv", "ma;ten\n29236;Phường 4\n");

        var table = CsvTable.Read(path);

        Assert.Equal("Phường 4", table.Rows[0][table.ColumnIndex("ten")]);
    }

    [Fact]
    public void Read_QuoteNeverClosed_ThrowsNamingFileAndLine()
    {
        using var temp = new TempFolder();
        var path = temp.Write("broken.csv", "code,name\n29236,\"Phường 4\n29239,x\n");

        var ex = Assert.Throws<InputDataException>(() => CsvTable.Read(path));

        Assert.Equal($"{path}: quoted field starting on line 2 is never closed", ex.Message);
    }

    [Fact]
    public void Read_NotUtf8_ThrowsNamingFile()
    {
        using var temp = new TempFolder();
        var path = temp.File("legacy.csv");
        File.WriteAllBytes(path, [.. "code,name\n1,Ph"u8.ToArray(), 0xAD, 0xEA, (byte)'n', (byte)'g', (byte)'\n']);

        var ex = Assert.Throws<InputDataException>(() => CsvTable.Read(path));

        Assert.StartsWith($"{path}: not UTF-8 text", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Census2019_Has106RowsSumming1009168People()
    {
        var table = CsvTable.Read(Path.Combine(RepoPaths.TraVinh, "population_census_2019.csv"));

        var column = table.RequireColumn("population_total", "test");

        Assert.Equal(106, table.Rows.Count);
        Assert.Equal(1_009_168, table.Rows.Sum(r => long.Parse(r[column]!, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
