using Boundaries.Core.Evaluation;
using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Suggestions;

namespace Boundaries.Data.Tests.Scenarios;

/// <summary>Merge suggestions on a dataset of declared figures only (tỉnh Vĩnh Long of 2025): the merged population sums the declared figures, as a merger does, never zero.</summary>
public sealed class MergeSuggesterDeclaredFiguresTests
{
    [Fact]
    public void Suggest_TruongLongHoa_SumsTheDeclaredPopulations_AndDuyenHaiBringsItToTheNq112Standards()
    {
        var workspace = new ScenarioWorkspace(VinhLong2025Project.Map);

        var suggestions = MergeSuggester.For(workspace, "29516", TraVinhData.Catalogue, new EvaluationOptions(VinhLong2025Project.Evaluated));

        // Phường Trường Long Hòa 1,615 + Phường Duyên Hải 24,356 declared people: 123.67 % of the 21,000 of a phường.
        var duyenHai = suggestions[0];
        Assert.Equal("29512", duyenHai.Neighbour.Code.Value);
        Assert.Equal(1_615 + 24_356, duyenHai.Population);
        Assert.Equal(25_971 / 21_000.0 * 100, duyenHai.Assessment.PopulationPercent!.Value, 1e-6);
        Assert.True(duyenHai.Meets);
    }
}
