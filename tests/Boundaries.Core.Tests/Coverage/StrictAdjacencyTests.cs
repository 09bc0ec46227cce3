using Boundaries.Core.Coverage.Neighbours;
using Boundaries.Core.Geodesy;
using static Boundaries.Core.Tests.Coverage.CoverageFixtures;

namespace Boundaries.Core.Tests.Coverage;

public sealed class StrictAdjacencyTests
{
    private const string Square = "POLYGON((106 10, 106.01 10, 106.01 10.01, 106 10.01, 106 10))";
    private const string North = "POLYGON((106 10.01, 106.01 10.01, 106.01 10.02, 106 10.02, 106 10.01))";

    [Fact]
    public void Build_ToleranceZeroOnTraVinhCommunes_224PairsAsSpatiaLiteAndPostGis()
    {
        // RESULTS.md of the peer benchmarks: strict rook adjacency (boundary ∩ boundary of positive length, lon/lat)
        // gives 224 pairs in SpatiaLite, PostGIS and geopandas; the tolerant default finds the ~45 more that slivers hide.
        var strict = Adjacency.Build(TraVinhCommunes, 0);
        var tolerant = Adjacency.Build(TraVinhCommunes);

        Assert.Equal(224, strict.SharedBoundaries.Count);
        Assert.True(tolerant.SharedBoundaries.Count > 260, $"{tolerant.SharedBoundaries.Count} tolerant pairs");
        Assert.All(strict.SharedBoundaries, b => Assert.True(tolerant.AreNeighbours(b.KeyA, b.KeyB), $"{b.KeyA}/{b.KeyB}"));
    }

    [Fact]
    public void Build_ToleranceZeroTwoSquaresSharingAnEdge_NeighboursWithEdgeLength()
    {
        var adjacency = Adjacency.Build([Unit("a", Square), Unit("b", North)], 0);

        Assert.Equal(EllipsoidalMeasure.Wgs84.DistanceMeters(106, 10.01, 106.01, 10.01), adjacency.SharedLengthMeters("a", "b"), 1e-6);
        Assert.Equal("Bắc", adjacency.NeighboursOf("a").Single().VietnameseDirection);
    }

    [Fact]
    public void Build_ToleranceZeroVerticesOffByFloatNoise_NotNeighbours()
    {
        var noisy = "POLYGON((106.00000000031 10.01000000004, 106.01000000005 10.00999999993, 106.01 10.02, 106 10.02, 106.00000000031 10.01000000004))";

        var adjacency = Adjacency.Build([Unit("a", Square), Unit("b", noisy)], 0);

        Assert.False(adjacency.AreNeighbours("a", "b"));
    }

    [Fact]
    public void Build_ToleranceZeroSegmentRepeatedInOneUnit_NoSelfPair()
    {
        var twoParts = "MULTIPOLYGON(((106 10, 106.01 10, 106.01 10.01, 106 10.01, 106 10)), ((106 10.01, 106.01 10.01, 106.01 10.02, 106 10.02, 106 10.01)))";

        var adjacency = Adjacency.Build([Unit("a", twoParts), Unit("b", North)], 0);

        Assert.DoesNotContain(adjacency.NeighboursOf("a"), n => n.Key == "a");
        Assert.True(adjacency.AreNeighbours("a", "b"));
    }

    [Fact]
    public void Build_NegativeTolerance_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Adjacency.Build([Unit("a", Square)], -1e-9));
    }
}
