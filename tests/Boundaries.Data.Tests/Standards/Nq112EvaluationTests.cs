using Boundaries.Core.Evaluation;
using Boundaries.Core.Units;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Standards;

/// <summary>The standards in force since 01/01/2026 (NQ 112/2025/UBTVQH15), applied to the bundled data.</summary>
public sealed class Nq112EvaluationTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    private static MapEvaluation Evaluate(DateOnly asOf) =>
        StandardsEvaluator.Evaluate(TraVinhData.Map, TraVinhData.Catalogue, new EvaluationOptions(asOf));

    [Fact]
    public void Evaluate_In2026_ChoosesNq112AndNoArrangementProgramme()
    {
        var evaluation = Evaluate(Today);

        Assert.Equal("nq112-2025", evaluation.Selection.Regime.Id);
        Assert.Null(evaluation.Selection.Programme);
        // NQ 35/2023's 2026–2030 rows measure against the replaced regime: noted, not applied.
        Assert.Contains(evaluation.Selection.Notes, n => n.Contains("nq35-2023/2026-2030", StringComparison.Ordinal) && n.Contains("không áp dụng", StringComparison.Ordinal));
    }

    [Theory]
    // code, standard id, area km² / standard, population / standard (hand computation from the figures used)
    [InlineData("29236", "nq112-2025/phuong", 5.5, 21000)]
    [InlineData("29263", "nq112-2025/xa/other", 30, 16000)]
    public void Evaluate_In2026_UsesTheNq112StandardOfTheType(string code, string standardId, double minKm2, long minPopulation)
    {
        var a = Evaluate(Today)[code];

        Assert.Equal(standardId, a.Standard!.Standard.Id);
        Assert.Equal(100.0 * a.Area.Km2!.Value / minKm2, a.AreaPercent!.Value, 1e-9);
        Assert.Equal(100.0 * a.Population.Value!.Value / minPopulation, a.PopulationPercent!.Value, 1e-9);
        Assert.Null(a.MustArrange);
    }

    [Fact]
    public void Evaluate_In2026_PhuongBelowTwentyOneThousandIsBelowStandard()
    {
        var a = Evaluate(Today)["29236"];

        // Phường 4, TP Trà Vinh: 9,976 people (census 2019) of 21,000 = 47.50 %.
        Assert.Equal(47.50, a.PopulationPercent!.Value, 0.01);
        Assert.Equal(ComplianceStatus.BelowStandard, ComplianceStatuses.Of(a));
    }

    [Fact]
    public void Evaluate_In2026_UnitsWithoutARowAreShownWithoutAStandard()
    {
        var district = Evaluate(Today)["842"];

        // NQ 112/2025 has no district standard: districts ended on 01/07/2025.
        Assert.Null(district.Standard);
        Assert.Equal(ComplianceStatus.NoStandard, ComplianceStatuses.Of(district));
    }

    [Fact]
    public void Evaluate_OfficialPopulationFirst_Phuong2UsesTheFigureOfNq1277()
    {
        var a = Evaluate(new DateOnly(2023, 6, 13))["29245"];

        Assert.Equal(3885, a.Population.Value);
        Assert.True(a.Population.Official);
        Assert.Contains(a.Notes, n => n.Contains("3.426", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_DateBeforeAnyRegime_SaysWhichRegimesExistAndWhen()
    {
        var error = Assert.ThrowsAny<Exception>(() => Evaluate(new DateOnly(2010, 1, 1)));

        Assert.Contains("nq1211-2016 (2016-05-25", error.Message, StringComparison.Ordinal);
        Assert.Contains("nq112-2025 (2026-01-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_In2026_CountsUnitsBelowTheStandard()
    {
        var evaluation = Evaluate(Today);

        var summary = EvaluationSummary.Of(evaluation, UnitLevel.Commune);

        Assert.StartsWith($"{evaluation.AtLevel(UnitLevel.Commune).Count(a => a.MeetsStandard == false):00}/106 đơn vị hành chính cấp xã chưa đạt tiêu chuẩn (NQ 112/2025/UBTVQH15)", summary.Text, StringComparison.Ordinal);
    }
}
