using Boundaries.Maps.Layout;

namespace Boundaries.Maps.Tests.Layout;

public sealed class MapScaleTests
{
    [Theory]
    [InlineData(100_000, 100_000, 500, 500, 600_000)]
    [InlineData(70_000, 60_000, 660, 520, 350_000)]
    [InlineData(10_000, 8_000, 650, 470, 50_000)]
    public void Fit_Extent_RoundsUpToThePrintedScaleSeries(double width, double height, double frameWidth, double frameHeight, int expected)
    {
        Assert.Equal(expected, MapScale.Fit(width, height, frameWidth, frameHeight));
    }

    [Fact]
    public void Fit_Result_AlwaysHoldsTheExtent()
    {
        foreach (var width in new[] { 1_234.0, 55_555, 87_000, 123_456 })
        {
            var denominator = MapScale.Fit(width, width / 2, 600, 400);

            Assert.True(width * MapScale.PointsPerMeter(denominator) <= 600 + 1e-6);
        }
    }

    [Fact]
    public void PointsPerMeter_OneTo100000_IsOneMillimetrePerHundredMetres()
    {
        Assert.Equal(72 / 25.4 / 100, MapScale.PointsPerMeter(100_000), 1e-12);
    }
}
