using Boundaries.Core.Evaluation;
using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Assessments;
using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Scenarios.Steps;
using Boundaries.Core.Scenarios.Suggestions;
using Boundaries.Core.Units;
using Boundaries.Data.Scenarios;

namespace Boundaries.Data.Tests.Scenarios;

public sealed class ScenarioAssessmentTests
{
    private static readonly EvaluationOptions SeedReport = new(new DateOnly(2023, 6, 13));

    private static ScenarioAssessment Assess(string file)
    {
        var result = ScenarioEngine.Apply(TraVinhData.Map, ScenarioFile.Read(file));
        Assert.True(result.Applied, result.Refusal?.ToString());
        return ScenarioAssessor.Assess(result, TraVinhData.Catalogue, SeedReport);
    }

    [Fact]
    public void Assess_Nq1277_MergedPhuong3PermittedBecauseThreeUnitsMerge()
    {
        var assessment = Assess(ScenarioFiles.Path1277);

        var phuong3 = assessment.Units.Single(u => u.Change.Code.Value == "29242");
        Assert.Equal(3, phuong3.FormedFrom);
        Assert.False(phuong3.Formed!.MeetsStandard);
        Assert.True(phuong3.Formed.Permitted);
        Assert.True(phuong3.Formed.PermittedByMergerSize);
        Assert.Equal(1.4664 / 5.5 * 100, phuong3.Formed.AreaPercent!.Value, 0.05);
        Assert.Equal(19112 / 7000.0 * 100, phuong3.Formed.PopulationPercent!.Value, 1e-9);
        Assert.True(phuong3.Before!.MustArrange);
        Assert.False(phuong3.After!.MustArrange);
        Assert.Empty(assessment.NotPermitted);
    }

    [Fact]
    public void Assess_Nq1277_CeasedUnitsWereMustArrange()
    {
        var assessment = Assess(ScenarioFiles.Path1277);

        foreach (var code in new[] { "29245", "29251" })
        {
            var ceased = assessment.Units.Single(u => u.Change.Code.Value == code);
            Assert.True(ceased.Before!.MustArrange);
            Assert.Null(ceased.After);
        }
    }

    [Fact]
    public void Assess_Nq728_NguLacAreaIncludesTheDeclaredPart()
    {
        var assessment = Assess(ScenarioFiles.Path728);

        var nguLac = assessment.Units.Single(u => u.Change.Code.Value == "29530");
        Assert.Equal(nguLac.Before!.Area.Km2!.Value + 3.13, nguLac.After!.Area.Km2!.Value, 1e-9);
        Assert.Contains(DeclaredFigure.Flag, nguLac.After.Area.Source);
        Assert.Equal(18_986, nguLac.After.Population.Value);
    }

    [Fact]
    public void Assess_Expansion_CityAreaIsCommuneSumOnBothSides()
    {
        var assessment = Assess(ScenarioFiles.Expansion);

        var city = assessment.Units.Single(u => u.Change.Code.Value == "842");
        Assert.Equal(city.Change.Before!.AreaKm2!.Value, city.Before!.Area.Km2!.Value, 1e-9);
        Assert.Equal(city.Change.After!.AreaKm2!.Value, city.After!.Area.Km2!.Value, 1e-9);
        Assert.Equal(city.Change.After.Population, city.After.Population.Value);
    }

    [Fact]
    public void Suggest_Phuong2_NeighboursInTheCityRankedWithSharedLengths()
    {
        var workspace = new ScenarioWorkspace(TraVinhData.Map);

        var suggestions = MergeSuggester.For(workspace, "29245", TraVinhData.Catalogue, SeedReport);

        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.True(s.SharedLengthMeters > 0));
        Assert.All(suggestions, s => Assert.Equal("842", s.Neighbour.ParentCode?.Value));
        // Phường 7 (29254) is the one neighbour that brings Phường 2 to the standards: 110 % of 5.5 km².
        Assert.Equal("29254", suggestions[0].Neighbour.Code.Value);
        Assert.True(suggestions[0].Meets && suggestions[0].Assessment.Permitted == true);
        var rest = suggestions.Skip(1).ToList();
        Assert.All(rest, s => Assert.False(s.Assessment.Permitted));
        Assert.Equal(rest.Select(s => s.MarginPercent!.Value).OrderDescending(), rest.Select(s => s.MarginPercent!.Value));
    }

    [Fact]
    public void Suggest_AfterMerge_UsesIncrementallyUpdatedAdjacency()
    {
        var workspace = new ScenarioWorkspace(TraVinhData.Map);
        var before = MergeSuggester.For(workspace, "29245", TraVinhData.Catalogue, SeedReport);

        workspace.Apply(new MergeOperation(["29245", "29242", "29251"], new NewUnitSpec("29242", "Phường 3", UnitType.Phuong)));
        var after = MergeSuggester.For(workspace, "29242", TraVinhData.Catalogue, SeedReport);

        Assert.Contains(before, s => s.Neighbour.Code.Value == "29242");
        Assert.DoesNotContain(after, s => s.Neighbour.Code.Value is "29245" or "29251" or "29242");
        Assert.All(after, s => Assert.True(s.Assessment.Permitted));
    }
}
