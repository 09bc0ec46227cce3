using Boundaries.Core.Coverage.Neighbours;

namespace Boundaries.Core.Tests.Coverage;

public sealed class CompassDirectionsTests
{
    [Theory]
    [InlineData(0, CompassDirection.North)]
    [InlineData(22.49, CompassDirection.North)]
    [InlineData(22.5, CompassDirection.NorthEast)]
    [InlineData(90, CompassDirection.East)]
    [InlineData(135, CompassDirection.SouthEast)]
    [InlineData(180, CompassDirection.South)]
    [InlineData(225, CompassDirection.SouthWest)]
    [InlineData(270, CompassDirection.West)]
    [InlineData(315, CompassDirection.NorthWest)]
    [InlineData(337.49, CompassDirection.NorthWest)]
    [InlineData(337.5, CompassDirection.North)]
    [InlineData(359.99, CompassDirection.North)]
    [InlineData(-90, CompassDirection.West)]
    [InlineData(450, CompassDirection.East)]
    public void FromBearing_Degrees_SectorOf45Degrees(double bearing, CompassDirection expected)
    {
        var direction = CompassDirections.FromBearing(bearing);

        Assert.Equal(expected, direction);
    }

    [Fact]
    public void VietnameseName_EveryPoint_NameUsedInDossiers()
    {
        var names = Enum.GetValues<CompassDirection>().Select(d => d.VietnameseName());

        Assert.Equal(["Bắc", "Đông Bắc", "Đông", "Đông Nam", "Nam", "Tây Nam", "Tây", "Tây Bắc"], names);
    }

    [Fact]
    public void Abbreviation_EveryPoint_EnglishAbbreviation()
    {
        var names = Enum.GetValues<CompassDirection>().Select(d => d.Abbreviation());

        Assert.Equal(["N", "NE", "E", "SE", "S", "SW", "W", "NW"], names);
    }

    [Fact]
    public void FromBearing_NotANumber_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CompassDirections.FromBearing(double.NaN));
    }
}
