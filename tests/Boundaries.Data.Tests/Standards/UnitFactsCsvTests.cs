using Boundaries.Core.Quality;
using Boundaries.Core.Standards;
using Boundaries.Data.Standards;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Standards;

public sealed class UnitFactsCsvTests
{
    private static UnitFactsTable Bundled() =>
        UnitFactsCsv.Read(Path.Combine(RepoPaths.TraVinh, "unit-facts.csv"), TraVinhData.Catalogue.FactKinds);

    [Fact]
    public void Read_BundledFile_HasNoWarnings()
    {
        var table = Bundled();

        Assert.DoesNotContain(table.Issues, i => i.Severity != IssueSeverity.Info);
        Assert.All(table.Issues, i => Assert.Contains("unconfirmed", i.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BundledFile_GivesTheNq1277FiguresOfPhuong2()
    {
        var facts = Bundled().For("29245")!;

        Assert.Equal(0.29, facts.OfficialArea!.Km2, 1e-9);
        Assert.Null(facts.OfficialArea.Year);
        Assert.Equal(3885, facts.OfficialPopulation!.Value);
        Assert.Contains(facts.SpecialFactors, f => f.Kind == FactKinds.ListedMustArrange && f.Value == 1);
    }

    [Fact]
    public void Read_BundledFile_CoastalFactorAppliesToNoUnit()
    {
        var table = Bundled();

        Assert.DoesNotContain(table.ByCode.Values.SelectMany(f => f.SpecialFactors), f => f.Kind == "coastal-disadvantaged");
        var finding = Assert.Single(table.For("84")!.Rows);
        Assert.Equal(("coastal-disadvantaged", "no"), (finding.Kind, finding.Value));
        Assert.Contains("QĐ 353/QĐ-TTg", finding.Reason, StringComparison.Ordinal);
        Assert.Contains("sotuphap.daklak.gov.vn", finding.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BundledFile_UnconfirmedExemptionIsKeptButNotApplied()
    {
        var daiPhuc = Bundled().For("29293")!;

        Assert.DoesNotContain(daiPhuc.SpecialFactors, f => f.Kind == "exempt-planned-urbanisation");
        Assert.Contains(daiPhuc.Rows, r => r.Kind == "exempt-planned-urbanisation" && r.Status == RuleStatus.Unconfirmed);
        Assert.Null(daiPhuc.OfficialArea);
    }

    [Fact]
    public void Parse_BadRows_AreReportedWithLineAndCode()
    {
        const string text = """
            code,kind,value,year,reason,source,status
            29242,official-area-km2,abc,,r,s,confirmed
            29242,no-such-kind,1,,r,s,confirmed
            29245,border,yes,,r,,confirmed
            29251,exempt-isolated-location,yes,,"ấp xa, cách biệt",s,confirmed
            """;

        var table = UnitFactsCsv.Parse(new StringReader(text), "facts.csv", TraVinhData.Catalogue.FactKinds);

        Assert.Equal(3, table.Issues.Count);
        Assert.Contains(table.Issues, i => i.Message.StartsWith("line 2:", StringComparison.Ordinal) && i.Code == "29242" && i.File == "facts.csv");
        Assert.Contains(table.Issues, i => i.Message.Contains("unknown kind 'no-such-kind'", StringComparison.Ordinal));
        Assert.Contains(table.Issues, i => i.Message.Contains("no source", StringComparison.Ordinal));
        Assert.Equal("ấp xa, cách biệt", table.For("29251")!.SpecialFactors.Single().Reason);
    }

    [Fact]
    public void Parse_WrongHeader_NamesTheFile()
    {
        var e = Assert.Throws<InputDataException>(() => UnitFactsCsv.Parse(new StringReader("code,kind,value\n"), "facts.csv", new HashSet<string>()));

        Assert.StartsWith("facts.csv: the first line must be the header", e.Message, StringComparison.Ordinal);
    }
}
