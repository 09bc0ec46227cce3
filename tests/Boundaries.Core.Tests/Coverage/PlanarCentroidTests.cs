using Boundaries.Core.Coverage;
using static Boundaries.Core.Tests.Coverage.CoverageFixtures;

namespace Boundaries.Core.Tests.Coverage;

public sealed class PlanarCentroidTests
{
    [Fact]
    public void Of_TraVinhCommunes_SameAsNtsCentroid()
    {
        foreach (var unit in TraVinhCommunes)
        {
            var expected = unit.Geometry.Centroid.Coordinate;

            var actual = PlanarCentroid.Of(unit.Geometry)!;

            Assert.Equal(expected.X, actual.X, 1e-11);
            Assert.Equal(expected.Y, actual.Y, 1e-11);
        }
    }

    [Theory]
    [InlineData("POLYGON((0 0, 4 0, 4 4, 0 4, 0 0), (0 0, 0 2, 2 2, 2 0, 0 0))", 2.3333333333333, 2.3333333333333)]
    [InlineData("POLYGON((0 0, 0 4, 4 4, 4 0, 0 0), (1 1, 3 1, 3 3, 1 3, 1 1))", 2, 2)]
    [InlineData("MULTIPOLYGON(((0 0, 1 0, 1 1, 0 1, 0 0)), ((10 0, 13 0, 13 1, 10 1, 10 0)))", 8.75, 0.5)]
    public void Of_HolesAndParts_AreaWeighted(string wkt, double x, double y)
    {
        var centroid = PlanarCentroid.Of(Unit("u", wkt).Geometry)!;

        Assert.Equal(x, centroid.X, 1e-9);
        Assert.Equal(y, centroid.Y, 1e-9);
    }

    [Fact]
    public void Of_EmptyPolygon_Null()
    {
        Assert.Null(PlanarCentroid.Of(Unit("u", "POLYGON EMPTY").Geometry));
    }
}
