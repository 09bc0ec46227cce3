using Boundaries.Core.Evaluation;
using Boundaries.Core.Units;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Standards;

public sealed class MergedUnitTests
{
    // NQ 1277/NQ-UBTVQH15 (14/11/2024): Phường 2 + 3 + 6 of TP Trà Vinh → Phường 3, 1.47 km², 18,644 people.
    private static readonly HypotheticalUnit NewPhuong3 = new(UnitType.Phuong, 1.47, 18_644, 3) { ParentType = UnitType.ThanhPhoThuocTinh };

    private static MergerAssessment Evaluate(HypotheticalUnit unit) =>
        StandardsEvaluator.EvaluateHypothetical(TraVinhData.Catalogue, unit, new EvaluationOptions(new DateOnly(2024, 11, 14)));

    [Fact]
    public void EvaluateHypothetical_Nq1277Phuong3_GivesThePercentagesOfTheResolution()
    {
        var a = Evaluate(NewPhuong3);

        Assert.Equal(26.73, Math.Round(a.AreaPercent!.Value, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(266.34, Math.Round(a.PopulationPercent!.Value, 2, MidpointRounding.AwayFromZero));
        Assert.Equal("nq1211-nq27/phuong/thuoc-thanh-pho", a.Standard!.Standard.Id);
    }

    [Fact]
    public void EvaluateHypothetical_ThreeUnitsMerged_PermittedAlthoughStandardNotMet()
    {
        var a = Evaluate(NewPhuong3);

        Assert.False(a.MeetsStandard);
        Assert.True(a.Permitted);
        Assert.True(a.PermittedByMergerSize);
        Assert.Equal("nq35-2023/dieu-4/merged-unit-meets-standard", a.Rule!.Id);
        Assert.Equal("NQ 35/2023/UBTVQH15 Điều 4", a.Rule.Basis.Citation);
        Assert.Empty(a.Unconfirmed);
    }

    [Fact]
    public void EvaluateHypothetical_TwoUnitsMerged_NotPermitted()
    {
        var a = Evaluate(NewPhuong3 with { MergedUnitCount = 2 });

        Assert.False(a.MeetsStandard);
        Assert.False(a.Permitted);
    }

    [Fact]
    public void EvaluateHypothetical_PhuongOfThiXa_UsesItsStandard()
    {
        var a = Evaluate(new HypotheticalUnit(UnitType.Phuong, 6, 5200, 2) { ParentType = UnitType.ThiXa });

        Assert.Equal("nq1211-nq27/phuong/thuoc-thi-xa", a.Standard!.Standard.Id);
        Assert.True(a.MeetsStandard);
        Assert.True(a.Permitted);
    }
}
