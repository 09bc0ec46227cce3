using Boundaries.Core.Evaluation;
using Boundaries.Core.Standards;
using Boundaries.Core.Units;

namespace Boundaries.Core.Tests.Standards;

public sealed class StandardsEvaluatorTests
{
    private static readonly StandardsCatalogue Catalogue = TestCatalogue.Build();
    private static readonly EvaluationOptions AsOf2023 = new(new DateOnly(2023, 6, 13));

    private static AdminUnit Xa(string code, double km2, long people, params SpecialFactor[] factors) => new()
    {
        Code = code, Name = "Xã " + code, Type = UnitType.Xa, ParentCode = "900",
        OfficialArea = new OfficialArea(km2, 2022, "test yearbook"), Population = new PopulationFigure(people, 2022, "test count"),
        SpecialFactors = factors,
    };

    private static MapEvaluation Evaluate(EvaluationOptions options, params AdminUnit[] communes) =>
        StandardsEvaluator.Evaluate(new AdminMap(communes.Prepend(new AdminUnit { Code = "900", Name = "Test", Type = UnitType.Huyen })), Catalogue, options);

    [Fact]
    public void Evaluate_CoastalAndEthnicFactors_OnlyTheMostFavourableReductionApplies()
    {
        var unit = Xa("1", 20, 3000,
            new SpecialFactor("coastal-disadvantaged", "QĐ list", "s"),
            new SpecialFactor("ethnic-minority-mountainous", "census share", "s", 70));

        var a = Evaluate(AsOf2023, unit)["1"];

        Assert.Equal(8000 * 0.30, a.Standard!.MinPopulation, 1e-9);
        Assert.Equal("f/ethnic", Assert.Single(a.Standard.Reductions).Rule.Id);
        Assert.Equal(125, a.PopulationPercent!.Value, 1e-9);
        Assert.Contains(a.Notes, n => n.Contains("chỉ áp dụng một yếu tố", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_DeltaFactor_ReducesAreaOnly()
    {
        var a = Evaluate(AsOf2023, Xa("1", 21, 8000, new SpecialFactor("red-river-delta", "region", "s")))["1"];

        Assert.Equal(21, a.Standard!.MinAreaKm2, 1e-9);
        Assert.Equal(8000, a.Standard.MinPopulation, 1e-9);
        Assert.True(a.MeetsStandard);
    }

    [Fact]
    public void Evaluate_ExactlySeventyPercent_IsNotBelow()
    {
        var a = Evaluate(AsOf2023, Xa("1", 21, 5600))["1"];

        Assert.Equal(70, a.AreaPercent!.Value, 1e-9);
        Assert.False(a.MustArrange);
    }

    [Fact]
    public void Evaluate_ExemptionRecorded_MustArrangeButExemptWithGround()
    {
        var a = Evaluate(AsOf2023, Xa("1", 10, 3000, new SpecialFactor("exempt-unchanged-since-1945", "boundary of 1945", "archive")))["1"];

        Assert.True(a.MustArrange);
        Assert.True(a.Exempt);
        Assert.Equal("p/exempt/1945", a.Exemption!.Ground.Id);
        Assert.Equal("archive", a.Exemption.Fact.Source);
    }

    [Fact]
    public void Evaluate_MountainRegion_UsesItsRow()
    {
        var a = Evaluate(AsOf2023, Xa("1", 40, 4000) with { Region = RegionClass.MienNuiVungCao })["1"];

        Assert.Equal("r2023/xa/mountain", a.Standard!.Standard.Id);
        Assert.DoesNotContain(a.Notes, n => n.Contains("chưa ghi nhận vùng", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_NoAreaAtAll_IsInsufficientData()
    {
        var a = Evaluate(AsOf2023, Xa("1", 10, 3000) with { OfficialArea = null })["1"];

        Assert.True(a.InsufficientData);
        Assert.Null(a.MustArrange);
        Assert.Equal(FigureOrigin.None, a.Area.Origin);
    }

    [Fact]
    public void Evaluate_District_CountsSubordinatesAndFlagsUnconfirmedCriterion()
    {
        var a = Evaluate(AsOf2023, Xa("1", 10, 3000), Xa("2", 40, 9000))["900"];

        Assert.Equal(FigureOrigin.CommuneRollUp, a.Population.Origin);
        Assert.Equal(12000, a.Population.Value);
        Assert.Equal([false, false], a.Criteria.Select(c => c.Met));
        Assert.Equal(["r2023/huyen/thi-tran"], a.Unconfirmed.Select(r => r.Id));
        Assert.True(a.InsufficientData);
    }

    [Fact]
    public void Evaluate_2022_ChoosesOldRegimeWithoutProgramme()
    {
        var evaluation = Evaluate(new EvaluationOptions(new DateOnly(2022, 3, 1)), Xa("1", 10, 3000));

        Assert.Equal("r2016", evaluation.Selection.Regime.Id);
        Assert.Null(evaluation.Selection.Programme);
        Assert.Null(evaluation["1"].MustArrange);
    }

    [Fact]
    public void Evaluate_UnknownRegime_Throws() =>
        Assert.Throws<ArgumentException>(() => Evaluate(AsOf2023 with { RegimeId = "r1999" }, Xa("1", 10, 3000)));

    [Fact]
    public void Evaluate_NoRegimeOnDate_ThrowsNamingTheRegimes()
    {
        var e = Assert.Throws<NoRegimeInForceException>(() => Evaluate(new EvaluationOptions(new DateOnly(2010, 1, 1)), Xa("1", 10, 3000)));

        Assert.Equal(new DateOnly(2010, 1, 1), e.Date);
        Assert.Contains(e.Regimes, r => r.Id == "r2016");
        Assert.Contains("r2016 (2016-05-25–2022-12-31)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_WithExemptUnit_SaysSo()
    {
        var evaluation = Evaluate(AsOf2023, Xa("1", 10, 3000, new SpecialFactor("exempt-unchanged-since-1945", "r", "s")), Xa("2", 40, 9000));

        var text = EvaluationSummary.Of(evaluation, UnitLevel.Commune).Text;

        Assert.Equal("01/02 đơn vị hành chính cấp xã thuộc diện sắp xếp, trong đó 01 đơn vị có căn cứ không bắt buộc sắp xếp", text);
    }

    [Fact]
    public void EvaluateHypothetical_NoProgramme_MergerExceptionNotAvailable()
    {
        var unit = new HypotheticalUnit(UnitType.Xa, 10, 3000, 3) { Region = RegionClass.Other };

        var a = StandardsEvaluator.EvaluateHypothetical(Catalogue, unit, new EvaluationOptions(new DateOnly(2022, 3, 1)));

        Assert.False(a.Permitted);
        Assert.Null(a.Rule);
    }
}
