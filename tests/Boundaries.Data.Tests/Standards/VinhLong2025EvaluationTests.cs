using Boundaries.Core.Evaluation;
using Boundaries.Core.Units;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Standards;

/// <summary>Today's map under today's law: tỉnh Vĩnh Long of 2025-07-01 evaluated under NQ 112/2025/UBTVQH15.</summary>
public sealed class VinhLong2025EvaluationTests
{
    private static readonly Lazy<MapEvaluation> Today = new(() =>
        StandardsEvaluator.Evaluate(VinhLong2025Project.Map, TraVinhProject.Catalogue, new EvaluationOptions(new DateOnly(2026, 12, 4))));

    [Theory]
    // Hand computation from the declared figures (units_2025.csv): area / standard, population / standard.
    // Xã Tiểu Cần: 49.73 km² / 30 = 165.77 %; 3,415 / 16,000 = 21.34 % (declared population doubted: a tenth of the 2019 census).
    [InlineData("29341", "nq112-2025/xa/other", 49.73, 165.7667, 3415, 21.34375, false)]
    // Phường Trường Long Hòa: 56.49 km² / 5.5 = 1,027.09 %; 1,615 / 21,000 = 7.69 %.
    [InlineData("29516", "nq112-2025/phuong", 56.49, 1027.0909, 1615, 7.690476, false)]
    // Xã Long Hữu: 67.28 km² / 30 = 224.27 %; 15,321 / 16,000 = 95.76 %.
    [InlineData("29518", "nq112-2025/xa/other", 67.28, 224.2667, 15321, 95.75625, false)]
    public void Evaluate_NamedUnits_MatchTheHandComputationFromDeclaredFigures(
        string code, string standard, double km2, double areaPct, long people, double populationPct, bool meets)
    {
        var a = Today.Value[code];

        Assert.Equal(standard, a.Standard!.Standard.Id);
        Assert.Equal(km2, a.Area.Km2!.Value, 1e-9);
        Assert.Equal(FigureOrigin.Recorded, a.Area.Origin);
        Assert.Equal(areaPct, a.AreaPercent!.Value, 1e-3);
        Assert.Equal(people, a.Population.Value);
        Assert.True(a.Population.Official);
        Assert.Equal(populationPct, a.PopulationPercent!.Value, 1e-3);
        Assert.Equal(meets, a.MeetsStandard);
        Assert.Equal(ComplianceStatus.BelowStandard, ComplianceStatuses.Of(a));
        Assert.StartsWith("NQ 112/2025/UBTVQH15 ", a.Standard.Standard.Basis.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DoubtfulDeclaredPopulation_TheVerdictSaysItRestsOnIt()
    {
        var a = Today.Value["29341"];

        Assert.True(a.RestsOnDoubtfulFigure);
        Assert.Contains(a.Doubts, d => d.Figure == DoubtedFigure.Population);
    }

    [Fact]
    public void Evaluate_Province_IsMeasuredAgainstTheTinhStandard()
    {
        var province = Today.Value.AtLevel(UnitLevel.Province).Single();

        Assert.Equal("nq112-2025/tinh/other", province.Standard!.Standard.Id);
        Assert.NotNull(province.MeetsStandard);
    }

    [Fact]
    public void Evaluate_TwoTier_NoDistrictLevelAndEveryCommuneUnderTheProvince()
    {
        var evaluation = Today.Value;

        Assert.Empty(evaluation.AtLevel(UnitLevel.District));
        Assert.All(evaluation.AtLevel(UnitLevel.Commune), a => Assert.Equal("86", a.Unit.ParentCode?.Value));
        Assert.Equal(2, EvaluationSummary.ForCommunesAndDistricts(evaluation).Count);
        Assert.Equal(UnitLevel.Province, EvaluationSummary.ForCommunesAndDistricts(evaluation)[1].Level);
    }
}
