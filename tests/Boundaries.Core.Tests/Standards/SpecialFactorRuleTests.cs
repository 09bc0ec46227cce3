using Boundaries.Core.Standards;
using Boundaries.Core.Units;

namespace Boundaries.Core.Tests.Standards;

public sealed class SpecialFactorRuleTests
{
    private static readonly SpecialFactorRule Ethnic = TestCatalogue.Build().Regimes[1].SpecialFactors[0];
    private static readonly SpecialFactorRule Coastal = TestCatalogue.Build().Regimes[1].SpecialFactors[1];

    [Theory]
    [InlineData(30, 50)]
    [InlineData(39.9, 50)]
    [InlineData(40, 45)]
    [InlineData(65, 35)]
    [InlineData(90, 20)]
    [InlineData(100, 20)]
    public void PercentFor_EthnicMinorityShare_StepsDownToTheFloor(double share, double expected)
    {
        var percent = Ethnic.PercentFor(UnitType.Xa, new SpecialFactor("ethnic-minority-mountainous", "r", "s", share));

        Assert.Equal(expected, percent!.Value, 1e-9);
    }

    [Fact]
    public void PercentFor_EthnicMinorityBelowThreshold_DoesNotApply() =>
        Assert.Null(Ethnic.PercentFor(UnitType.Xa, new SpecialFactor("ethnic-minority-mountainous", "r", "s", 25)));

    [Fact]
    public void PercentFor_BorderWithoutShare_GivesTheBaseReduction() =>
        Assert.Equal(50, Ethnic.PercentFor(UnitType.Huyen, new SpecialFactor("border", "r", "s"))!.Value, 1e-9);

    [Fact]
    public void PercentFor_CoastalOnThiTran_DoesNotApply() =>
        Assert.Null(Coastal.PercentFor(UnitType.ThiTran, new SpecialFactor("coastal-disadvantaged", "r", "s")));
}
