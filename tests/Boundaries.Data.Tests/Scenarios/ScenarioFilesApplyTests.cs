using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Steps;
using Boundaries.Core.Units;
using Boundaries.Data.Scenarios;

namespace Boundaries.Data.Tests.Scenarios;

public sealed class ScenarioFilesApplyTests
{
    private static readonly AdminMap Map = TraVinhData.Map;

    [Fact]
    public void Apply_Nq1277File_104CommunesPhuong3Within3PercentOf147Km2()
    {
        var result = ScenarioEngine.Apply(Map, ScenarioFile.Read(ScenarioFiles.Path1277));

        Assert.True(result.Applied, result.Refusal?.ToString());
        Assert.Equal(104, result.Map.Communes.Count());
        Assert.Equal(1.47, result.Figures.AreaKm2Of(result.Map["29242"])!.Value, 1.47 * 0.03);
        Assert.Equal(result.BaselineFigures.AreaKm2Of(Map["84"])!.Value, result.Figures.AreaKm2Of(result.Map["84"])!.Value, 2358 * 1e-9);
        Assert.Equal(1_009_168, result.Figures.PopulationOf(result.Map["84"]));
    }

    [Fact]
    public void Apply_Nq728File_FiguresDeclaredInEveryOutput()
    {
        var result = ScenarioEngine.Apply(Map, ScenarioFile.Read(ScenarioFiles.Path728));

        Assert.True(result.Applied, result.Refusal?.ToString());
        Assert.Contains("29530,Xã Ngũ Lạc,Xã,850,18986,", ScenarioCsv.Units(result));
        Assert.Contains(DeclaredFigure.Flag, ScenarioCsv.Units(result).Split('\n').Single(l => l.StartsWith("29530,", StringComparison.Ordinal)));
        Assert.All(ScenarioCsv.Changes(result).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1), l => Assert.EndsWith(DeclaredFigure.Flag, l));
        Assert.Contains("commune,29521,Xã Long Khánh,29530,Xã Ngũ Lạc,3.13,", ScenarioCsv.CodeTable(result));
        Assert.True(result.Log.Single().Declared);
    }

    [Fact]
    public void Apply_ExpansionFile_CityGainsCommunesAndDeclaredPart()
    {
        var result = ScenarioEngine.Apply(Map, ScenarioFile.Read(ScenarioFiles.Expansion));

        Assert.True(result.Applied, result.Refusal?.ToString());
        Assert.Equal(12, result.Map.ChildrenOf("842").Count);
        Assert.All(result.Map.ChildrenOf("842").Where(c => c.Code.Value is "29395" or "29398"), c => Assert.Equal(UnitType.Xa, c.Type));
        var city = result.Changes.Single(c => c.Code.Value == "842");
        Assert.Equal(112_584 + 7_388 + 13_660 + 3_339, city.After!.Population);
        Assert.True(city.Declared);
        Assert.Equal(3, result.Log.Count);
        Assert.Equal([false, false, true], result.Log.Select(e => e.Declared));
        var phuong9 = result.Changes.Single(c => c.Code.Value == "29260");
        Assert.Equal(phuong9.Before!.AreaKm2!.Value + 3.44, phuong9.After!.AreaKm2!.Value, 1e-9);
        Assert.Equal("polygon + declared", phuong9.After.AreaBasis);
    }
}
