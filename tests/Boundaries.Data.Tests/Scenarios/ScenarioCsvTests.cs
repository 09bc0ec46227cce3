using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Results;
using Boundaries.Core.Units;
using Boundaries.Data.Scenarios;

namespace Boundaries.Data.Tests.Scenarios;

public sealed class ScenarioCsvTests
{
    private static readonly AdminMap Map = TraVinhData.Map;

    private static ScenarioResult Nq1277() => ScenarioEngine.Apply(Map, ScenarioFile.Read(ScenarioFiles.Path1277));

    [Fact]
    public void Units_Nq1277_HeaderAndMergedPhuong3()
    {
        var lines = ScenarioCsv.Units(Nq1277()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("code,name,type,parent_code,population,area_km2,figures", lines[0]);
        Assert.Equal(1 + 1 + 9 + 104, lines.Length);
        var phuong3 = lines.Single(l => l.StartsWith("29242,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(["29242", "Phường 3", "Phường", "842", "19112"], phuong3[..5]);
        Assert.Equal(1.4664, double.Parse(phuong3[5], System.Globalization.CultureInfo.InvariantCulture), 0.0005);
        Assert.Equal("", phuong3[6]);
        Assert.Contains("842,Thành phố Trà Vinh,Thành phố,84,", lines.Single(l => l.StartsWith("842,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Changes_Nq1277_MergedUnitAndTwoCeased()
    {
        var lines = ScenarioCsv.Changes(Nq1277()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join(',', ScenarioCsv.ChangesHeader), lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("29242,commune,population area boundary,1,Phường 3,Phường 3,Phường,Phường,842,842,3499,19112,", lines[1]);
        Assert.StartsWith("29245,commune,ceased,1,Phường 2,,Phường,,842,,3426,,", lines[2]);
        Assert.Contains(",29242,,", lines[2]);
    }

    [Fact]
    public void CodeTable_Nq1277_EveryOldCodeOnce()
    {
        var lines = ScenarioCsv.CodeTable(Nq1277()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("level,old_code,old_name,new_code,new_name,area_km2,area_share,population,population_share,figures", lines[0]);
        Assert.Equal(106 + 9, lines.Length - 1);
        Assert.StartsWith("commune,29251,Phường 6,29242,Phường 3,", lines.Single(l => l.StartsWith("commune,29251,", StringComparison.Ordinal)));
        Assert.EndsWith(",1,12187,1,", lines.Single(l => l.StartsWith("commune,29251,", StringComparison.Ordinal)));
    }
}
