using Boundaries.Data.Planning;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Planning;

/// <summary>The CSV readers of the planner's comparison with a real arrangement: its crosswalk and its declared new units.</summary>
public class CrosswalkCsvTests
{
    [Fact]
    public void Read_TwoColumnsMissing_OneMessageNamesBothAndTheColumnsThereAre()
    {
        using var temp = new TempFolder();
        var path = temp.Write("crosswalk.csv", "old_code,old_name,new_code,new_name\n29521,Xã Long Khánh,29242,Phường Trà Vinh\n");

        var error = Assert.Throws<InputDataException>(() => CrosswalkCsv.Read(path));

        Assert.Contains("no column 'old_province_name', 'type' for a crosswalk", error.Message);
        Assert.Contains("columns are old_code, old_name, new_code, new_name", error.Message);
    }

    [Fact]
    public void ReadDeclared_BadAreaAfterABlankLine_NamesTheLineOfTheFile()
    {
        using var temp = new TempFolder();
        var path = temp.Write("declared.csv", "code,name,type,area_km2,population\n29242,Phường Trà Vinh,phuong,15.73,45397\n\n29245,Phường Nguyệt Hóa,phuong,chưa rõ,30000\n");

        var error = Assert.Throws<InputDataException>(() => CrosswalkCsv.ReadDeclared(path, "declared.csv"));

        Assert.Contains("line 4: area_km2 'chưa rõ' is not a number", error.Message);
    }

    [Fact]
    public void ReadDeclared_TraVinh2025_ReadsThe41UnitsWithTheirDeclaredFigures()
    {
        var units = CrosswalkCsv.ReadDeclared(Path.Combine(RepoPaths.TraVinh, "units-2025-declared.csv"), "units-2025-declared.csv");

        Assert.Equal(41, units.Count);
        var first = units.Single(u => u.Code.Value == "29242");
        Assert.Equal(("Phường Trà Vinh", 15.73, 45397L), (first.Name, first.AreaKm2, first.Population));
    }
}
