using Boundaries.Core.Standards;
using Boundaries.Data.Standards;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Standards;

public sealed class StandardsCatalogueLoaderTests : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "boundaries-standards-" + Guid.NewGuid().ToString("N"));

    public StandardsCatalogueLoaderTests()
    {
        Directory.CreateDirectory(_copy);
        foreach (var file in Directory.GetFiles(TraVinhData.CatalogueFolder, "*.json"))
        {
            File.Copy(file, Path.Combine(_copy, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    [Fact]
    public void Load_BundledCatalogue_HasTheRegimesProgrammesAndOrientation()
    {
        var catalogue = StandardsCatalogueLoader.Load(TraVinhData.CatalogueFolder);

        Assert.Equal(["nq1211-2016", "nq1211-nq27", "nq112-2025"], catalogue.Regimes.Select(r => r.Id));
        Assert.Equal(["nq653-2019", "nq35-2023"], catalogue.Programmes.Select(p => p.Id));
        Assert.Equal("nq76-2025", Assert.Single(catalogue.Orientations).Id);
        Assert.Equal(new DateOnly(2023, 1, 1), catalogue.FindRegime("nq1211-nq27")!.EffectiveFrom);
        Assert.Equal(new DateOnly(2022, 12, 31), catalogue.FindRegime("nq1211-2016")!.EffectiveTo);
    }

    [Fact]
    public void Load_BundledCatalogue_KeepsTheStatusOfTheSharedFacts()
    {
        var catalogue = StandardsCatalogueLoader.Load(TraVinhData.CatalogueFolder);
        var amended = catalogue.FindRegime("nq1211-nq27")!;
        var secondPeriod = catalogue.FindPeriod("nq35-2023/2026-2030", new DateOnly(2026, 1, 1))!.Period;

        Assert.Equal(RuleStatus.Unconfirmed, amended.Standards.Single(s => s.Id == "nq1211-nq27/thi-xa").Basis.Status);
        Assert.Equal(RuleStatus.Unconfirmed, amended.Standards.Single(s => s.Id == "nq1211-nq27/quan").Basis.Status);
        Assert.Equal(RuleStatus.Confirmed, amended.Standards.Single(s => s.Id == "nq1211-nq27/phuong/thuoc-thanh-pho").Basis.Status);
        Assert.Equal(RuleStatus.Unconfirmed, secondPeriod.Criteria.Single(c => c.Id.EndsWith("commune-area-below-30-population-below-300", StringComparison.Ordinal)).Basis.Status);
        Assert.Equal("NQ 35/2023/UBTVQH15 điểm a khoản 2 Điều 1", catalogue.Programmes[1].Periods[0].Criteria[0].Basis.Citation);
        Assert.Contains(amended.Standards[0].Basis.Sources, s => s.Contains("https://", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_RuleWithTextForNumber_NamesFileRuleAndPath()
    {
        Edit("regime-nq1211-nq27.json", "\"min_population\": 8000, \"min_area_km2\": 30", "\"min_population\": \"eight thousand\", \"min_area_km2\": 30");

        var e = Assert.Throws<StandardsCatalogueException>(() => StandardsCatalogueLoader.Load(_copy));

        Assert.True(e.RuleId == "nq1211-nq27/xa/other", e.Message);
        Assert.EndsWith("regime-nq1211-nq27.json", e.File, StringComparison.Ordinal);
        Assert.Equal("$.regime.standards[9].min_population", e.JsonPath);
        Assert.Contains("regime-nq1211-nq27.json: rule 'nq1211-nq27/xa/other' ($.regime.standards[9].min_population): 'min_population' must be a number", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Load_UnknownSourceKey_NamesTheRule()
    {
        Edit("programme-nq35-2023.json", "\"article\": \"Điều 4\", \"status\": \"confirmed\", \"sources\": [\"PLO_TV3P\"", "\"article\": \"Điều 4\", \"status\": \"confirmed\", \"sources\": [\"NO_SUCH_SOURCE\"");

        var e = Assert.Throws<StandardsCatalogueException>(() => StandardsCatalogueLoader.Load(_copy));

        Assert.Equal("nq35-2023/dieu-4/merged-unit-meets-standard", e.RuleId);
        Assert.Contains("unknown source key 'NO_SUCH_SOURCE'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadStatus_NamesTheCriterion()
    {
        Edit("programme-nq35-2023.json", "\"article\": \"điểm a khoản 2 Điều 1\", \"status\": \"confirmed\"", "\"article\": \"điểm a khoản 2 Điều 1\", \"status\": \"probably\"");

        var e = Assert.Throws<StandardsCatalogueException>(() => StandardsCatalogueLoader.Load(_copy));

        Assert.Equal("nq35-2023/2023-2025/both-below-70", e.RuleId);
        Assert.Contains("'status' must be confirmed, derived or unconfirmed, found 'probably'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidJson_NamesFileAndLine()
    {
        File.AppendAllText(Path.Combine(_copy, "orientation-nq76-2025.json"), "}");

        var e = Assert.Throws<StandardsCatalogueException>(() => StandardsCatalogueLoader.Load(_copy));

        Assert.EndsWith("orientation-nq76-2025.json", e.File, StringComparison.Ordinal);
        Assert.Contains("not valid JSON (line", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ProgrammeWithUnknownRegime_NamesTheProgramme()
    {
        Edit("programme-nq653-2019.json", "\"standards_regime\": \"nq1211-2016\"", "\"standards_regime\": \"nq1211-2015\"");

        var e = Assert.Throws<StandardsCatalogueException>(() => StandardsCatalogueLoader.Load(_copy));

        Assert.Equal("nq653-2019", e.RuleId);
        Assert.Contains("unknown regime 'nq1211-2015'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverlappingRegimes_AreRefused()
    {
        Edit("regime-nq1211-2016.json", "\"effective_to\": \"2022-12-31\"", "\"effective_to\": \"2023-06-30\"");

        var e = Assert.Throws<StandardsCatalogueException>(() => StandardsCatalogueLoader.Load(_copy));

        Assert.Contains("'nq1211-2016' and 'nq1211-nq27' overlap", e.Message, StringComparison.Ordinal);
    }

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(_copy, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
