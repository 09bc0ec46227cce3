using Boundaries.Core.Coverage;
using Boundaries.Core.Coverage.Neighbours;
using Boundaries.Core.Geodesy;
using static Boundaries.Core.Tests.Coverage.CoverageFixtures;

namespace Boundaries.Core.Tests.Coverage;

public sealed class AdjacencyTests
{
    private const string Square = "POLYGON((106 10, 106.01 10, 106.01 10.01, 106 10.01, 106 10))";
    private const string North = "POLYGON((106 10.01, 106.01 10.01, 106.01 10.02, 106 10.02, 106 10.01))";
    private const string East = "POLYGON((106.01 10, 106.02 10, 106.02 10.01, 106.01 10.01, 106.01 10))";
    private const string NorthEastCorner = "POLYGON((106.01 10.01, 106.02 10.01, 106.02 10.02, 106.01 10.02, 106.01 10.01))";
    private static readonly double EdgeMeters = EllipsoidalMeasure.Wgs84.DistanceMeters(106, 10.01, 106.01, 10.01);

    [Fact]
    public void Build_TwoSquaresSharingAnEdge_NeighboursWithEdgeLengthAndOppositeDirections()
    {
        var adjacency = Adjacency.Build([Unit("a", Square), Unit("b", North)]);

        var fromA = Assert.Single(adjacency.NeighboursOf("a"));
        var fromB = Assert.Single(adjacency.NeighboursOf("b"));
        Assert.Equal("b", fromA.Key);
        Assert.Equal(EdgeMeters, fromA.SharedLengthMeters, 1e-6);
        Assert.Equal(0, fromA.BearingDegrees, 0.01);
        Assert.Equal("Bắc", fromA.VietnameseDirection);
        Assert.Equal(CompassDirection.South, fromB.Direction);
        Assert.Equal("Nam", fromB.VietnameseDirection);
    }

    [Fact]
    public void Build_UnitToTheEast_DirectionDong()
    {
        var adjacency = Adjacency.Build([Unit("a", Square), Unit("e", East)]);

        Assert.Equal("Đông", adjacency.NeighboursOf("a").Single().VietnameseDirection);
        Assert.Equal("Tây", adjacency.NeighboursOf("e").Single().VietnameseDirection);
    }

    [Fact]
    public void Build_TouchingAtACornerOnly_NotNeighbours()
    {
        var adjacency = Adjacency.Build([Unit("a", Square), Unit("ne", NorthEastCorner)]);

        Assert.False(adjacency.AreNeighbours("a", "ne"));
        Assert.Empty(adjacency.SharedBoundaries);
    }

    [Fact]
    public void Build_VerticesOffByFloatNoise_StillNeighboursWithFullLength()
    {
        // The Trà Vinh layer's shared vertices differ by about 3e-10°; a grid line of the hash falls between some of them.
        var noisy = "POLYGON((106.00000000031 10.01000000004, 106.01000000005 10.00999999993, 106.01 10.02, 106 10.02, 106.00000000031 10.01000000004))";

        var adjacency = Adjacency.Build([Unit("a", Square), Unit("b", noisy)]);

        Assert.Equal(EdgeMeters, adjacency.SharedLengthMeters("a", "b"), 1e-3);
    }

    [Fact]
    public void Build_OneSideHasAnExtraVertex_LengthOfTheWholeEdge()
    {
        var withMidpoint = "POLYGON((106 10, 106.01 10, 106.01 10.01, 106.005 10.01, 106 10.01, 106 10))";

        var adjacency = Adjacency.Build([Unit("a", withMidpoint), Unit("b", North)]);

        Assert.Equal(EdgeMeters, adjacency.SharedLengthMeters("a", "b"), 1e-3);
    }

    [Fact]
    public void Build_TwoUnitsOnOneLongEdge_EachGetsItsHalf()
    {
        var left = "POLYGON((106 10.01, 106.005 10.01, 106.005 10.02, 106 10.02, 106 10.01))";
        var right = "POLYGON((106.005 10.01, 106.01 10.01, 106.01 10.02, 106.005 10.02, 106.005 10.01))";

        var adjacency = Adjacency.Build([Unit("a", Square), Unit("l", left), Unit("r", right)]);

        Assert.Equal(EdgeMeters / 2, adjacency.SharedLengthMeters("a", "l"), 1e-3);
        Assert.Equal(EdgeMeters / 2, adjacency.SharedLengthMeters("a", "r"), 1e-3);
        Assert.Equal(3, adjacency.SharedBoundaries.Count);
        Assert.Equal("Tây Bắc", adjacency.NeighboursOf("a").Single(n => n.Key == "l").VietnameseDirection);
    }

    [Fact]
    public void Build_SeparatedByMoreThanTheTolerance_NotNeighbours()
    {
        // 1e-6° is about 11 cm: a real strip of land between them, not float noise.
        var apart = "POLYGON((106 10.010001, 106.01 10.010001, 106.01 10.02, 106 10.02, 106 10.010001))";

        var adjacency = Adjacency.Build([Unit("a", Square), Unit("b", apart)]);

        Assert.False(adjacency.AreNeighbours("a", "b"));
    }

    [Fact]
    public void Build_DuplicateKeys_Throws()
    {
        Assert.Throws<ArgumentException>(() => Adjacency.Build([Unit("a", Square), Unit("a", North)]));
    }

    [Fact]
    public void Replace_MergeOfTwoUnits_SameAsBuildingAgain()
    {
        var units = new[] { Unit("a", Square), Unit("b", North), Unit("e", East), Unit("ne", NorthEastCorner) };
        var merged = Unit("ab", "POLYGON((106 10, 106.01 10, 106.01 10.01, 106.01 10.02, 106 10.02, 106 10))");

        var replaced = Adjacency.Build(units).Replace(["a", "b"], [merged]);
        var rebuilt = Adjacency.Build([units[2], units[3], merged]);

        Assert.Equal(["e", "ne", "ab"], replaced.Units.Select(u => u.Key));
        Assert.Equal(rebuilt.SharedBoundaries.Count, replaced.SharedBoundaries.Count);
        foreach (var boundary in rebuilt.SharedBoundaries)
        {
            Assert.Equal(boundary.LengthMeters, replaced.SharedLengthMeters(boundary.KeyA, boundary.KeyB), 1e-6);
        }

        var eastSide = EllipsoidalMeasure.Wgs84.DistanceMeters(106.01, 10, 106.01, 10.02);
        Assert.Equal(eastSide, replaced.SharedLengthMeters("ab", "e") + replaced.SharedLengthMeters("ab", "ne"), 1e-3);
        // From the centre of the tall merged unit, the upper half of its east side lies to the north-east.
        Assert.Equal("Đông Bắc", replaced.NeighboursOf("ab").Single(n => n.Key == "ne").VietnameseDirection);
        Assert.Equal("Đông Nam", replaced.NeighboursOf("ab").Single(n => n.Key == "e").VietnameseDirection);
    }

    [Fact]
    public void Replace_UnknownKey_Throws()
    {
        var adjacency = Adjacency.Build([Unit("a", Square)]);

        Assert.Throws<KeyNotFoundException>(() => adjacency.Replace(["x"], []));
    }

    [Fact]
    public void Build_TraVinhCommunes_SamePairsAsShapelyWithSnapping()
    {
        var reference = Csv("travinh_c2009_adjacency.csv").Select(r => Pair(r[0], r[1])).ToHashSet();

        var adjacency = Adjacency.Build(TraVinhCommunes);

        Assert.Equal(273, reference.Count);
        Assert.Equal(reference.Count, adjacency.SharedBoundaries.Count);
        Assert.Equal(reference, adjacency.SharedBoundaries.Select(b => Pair(b.KeyA, b.KeyB)).ToHashSet());
    }

    [Fact]
    public void Build_TraVinhCommunes_EverySharedLengthMatchesShapely()
    {
        var adjacency = Adjacency.Build(TraVinhCommunes);

        foreach (var row in Csv("travinh_c2009_adjacency.csv"))
        {
            var length = adjacency.SharedLengthMeters(row[0], row[1]);
            var geodesic = Number(row[4]);
            var albers = Number(row[5]);
            Assert.True(Math.Abs((length / geodesic) - 1) < 1e-4, $"{row[2]} / {row[3]}: {length} m, geodesic {geodesic} m");
            Assert.True(Math.Abs((length / albers) - 1) < 0.005, $"{row[2]} / {row[3]}: {length} m, Albers {albers} m");
        }
    }

    [Fact]
    public void Build_TraVinhCommunes_DirectionsMatchGeodesicAzimuths()
    {
        var adjacency = Adjacency.Build(TraVinhCommunes);

        foreach (var row in Csv("travinh_c2009_adjacency.csv"))
        {
            var ab = adjacency.NeighboursOf(row[0]).Single(n => n.Key == row[1]).BearingDegrees;
            var ba = adjacency.NeighboursOf(row[1]).Single(n => n.Key == row[0]).BearingDegrees;
            Assert.True(AngleBetween(ab, Number(row[6])) < 0.1, $"{row[2]} → {row[3]}: {ab}° vs {row[6]}°");
            Assert.True(AngleBetween(ba, Number(row[7])) < 0.1, $"{row[3]} → {row[2]}: {ba}° vs {row[7]}°");
        }
    }

    [Fact]
    public void NeighboursOf_Phuong2OfTraVinhCity_Phuong3ToTheEastPhuong1ToTheNorth()
    {
        // Phường 2 (29245), Phường 3 (29242) and Phường 6 (29251) were merged by NQ 1277/NQ-UBTVQH15.
        var adjacency = Adjacency.Build(TraVinhCommunes);

        var neighbours = adjacency.NeighboursOf("29245").ToDictionary(n => n.Key);
        Assert.Equal(409.745, neighbours["29242"].SharedLengthMeters, 0.05);
        Assert.Equal("Đông", neighbours["29242"].VietnameseDirection);
        Assert.Equal(133.176, neighbours["29251"].SharedLengthMeters, 0.05);
        Assert.Equal("Bắc", neighbours["29239"].VietnameseDirection);
        Assert.Equal("Tây", adjacency.NeighboursOf("29242").Single(n => n.Key == "29245").VietnameseDirection);
        Assert.Equal(394.508, adjacency.SharedLengthMeters("29242", "29251"), 0.05);
        Assert.Equal("Nam", adjacency.NeighboursOf("29242").Single(n => n.Key == "29251").VietnameseDirection);
    }

    [Fact]
    public void Build_TraVinhPairWithoutASingleCommonVertex_FullLength()
    {
        // Xã Long Khánh (29521) and Xã Đông Hải (29536) share 12.5 km with no vertex in common: exact intersection gives 0.
        var adjacency = Adjacency.Build(TraVinhCommunes);

        Assert.Equal(12_502.73, adjacency.SharedLengthMeters("29521", "29536"), 0.5);
    }

    [Fact]
    public void Replace_MergeOfPhuong236_MatchesRebuild()
    {
        var units = TraVinhCommunes;
        var merged = new CoverageUnit(
            "29242+",
            NetTopologySuite.Operation.OverlayNG.OverlayNGRobust.Union(units.Where(u => u.Key is "29245" or "29242" or "29251").Select(u => u.Geometry)));

        var replaced = Adjacency.Build(units).Replace(["29245", "29242", "29251"], [merged]);
        var rebuilt = Adjacency.Build(units.Where(u => u.Key is not ("29245" or "29242" or "29251")).Append(merged).ToList());

        Assert.Equal(rebuilt.SharedBoundaries.Count, replaced.SharedBoundaries.Count);
        Assert.Equal(rebuilt.NeighboursOf("29242+").Select(n => n.Key).Order(), replaced.NeighboursOf("29242+").Select(n => n.Key).Order());
        foreach (var n in rebuilt.NeighboursOf("29242+"))
        {
            Assert.Equal(n.SharedLengthMeters, replaced.SharedLengthMeters("29242+", n.Key), 1e-6);
        }
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static double AngleBetween(double a, double b)
    {
        var d = Math.Abs(a - b) % 360;
        return d > 180 ? 360 - d : d;
    }
}
