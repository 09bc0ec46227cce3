using Boundaries.Core.Coverage.Checks;
using Boundaries.Core.Coverage.Neighbours;
using Boundaries.Core.Coverage.Snapping;
using static Boundaries.Core.Tests.Coverage.CoverageFixtures;

namespace Boundaries.Core.Tests.Coverage;

public sealed class CoverageSnapperTests
{
    private const string Square = "POLYGON((106 10, 106.01 10, 106.01 10.01, 106 10.01, 106 10))";
    private const string North = "POLYGON((106 10.01, 106.01 10.01, 106.01 10.02, 106 10.02, 106 10.01))";

    [Fact]
    public void Snap_NeighbourOffByACentimetre_MovesOntoTheEarlierUnitsVertices()
    {
        var units = new[] { Unit("a", Square), Unit("b", "POLYGON((106 10.0100001, 106.01 10.0100001, 106.01 10.02, 106 10.02, 106 10.0100001))") };

        var result = CoverageSnapper.Snap(units, 0.5);

        Assert.Same(units[0], result.Units[0]);
        Assert.True(result.Units[1].Geometry.EqualsExact(Unit("b", North).Geometry));
        var change = Assert.Single(result.Changes);
        Assert.Equal(("b", 2, 0, false), (change.Key, change.VerticesMoved, change.VerticesInserted, change.Refused));
        Assert.Equal(0.011, change.MaxShiftMeters, 0.001);

        // B's bottom edge (1,096.6 m) moves 1.1 cm south, so B grows by about 12 m².
        Assert.Equal(1e-7 * 110_600 * 1096.6, change.AreaChangeSquareMeters, 0.1);
    }

    [Fact]
    public void Snap_VertexJustOffTheNeighboursEdge_InsertedIntoThatEdge()
    {
        // A's top edge has a vertex 1 cm into B; B's bottom edge is straight and has no vertex there.
        var bent = "POLYGON((106 10, 106.01 10, 106.01 10.01, 106.005 10.0100001, 106 10.01, 106 10))";

        var result = CoverageSnapper.Snap([Unit("a", bent), Unit("b", North)], 0.5);

        var change = Assert.Single(result.Changes);
        Assert.Equal(("b", 0, 1), (change.Key, change.VerticesMoved, change.VerticesInserted));
        Assert.True(CoverageQa.Check(result.Units).IsClean);
        Assert.Equal(0.011, change.MaxShiftMeters, 0.001);
    }

    [Fact]
    public void Snap_NothingWithinTolerance_ReturnsTheInputUnits()
    {
        var units = new[] { Unit("a", Square), Unit("b", "POLYGON((106 10.0101, 106.01 10.0101, 106.01 10.02, 106 10.02, 106 10.0101))") };

        var result = CoverageSnapper.Snap(units, 0.5);

        Assert.Empty(result.Changes);
        Assert.Same(units[0], result.Units[0]);
        Assert.Same(units[1], result.Units[1]);
    }

    [Fact]
    public void Snap_Input_NotChanged()
    {
        var units = new[] { Unit("a", Square), Unit("b", "POLYGON((106 10.0100001, 106.01 10.0100001, 106.01 10.02, 106 10.02, 106 10.0100001))") };
        var before = units.Select(u => u.Geometry.Copy()).ToList();

        CoverageSnapper.Snap(units, 0.5);

        Assert.All(units.Zip(before), p => Assert.True(p.First.Geometry.EqualsExact(p.Second)));
    }

    [Fact]
    public void Snap_UnitSmallerThanTheTolerance_RefusedAndKept()
    {
        // Every vertex of the 20 cm triangle would land on A's corner: snapping must not delete it.
        var speck = Unit("speck", "POLYGON((106.01 10.01, 106.0100015 10.01, 106.01 10.0100015, 106.01 10.01))");

        var result = CoverageSnapper.Snap([Unit("a", Square), speck], 1.0);

        var change = Assert.Single(result.Changes);
        Assert.True(change.Refused);
        Assert.Equal(["speck"], result.Refused);
        Assert.Same(speck, result.Units[1]);
        Assert.Equal(0, change.AreaChangeSquareMeters);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(1000)]
    public void Snap_UnreasonableTolerance_Throws(double toleranceMeters)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CoverageSnapper.Snap([Unit("a", Square)], toleranceMeters));
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.5)]
    public void Snap_TraVinhCommunes_ClosesEverySliverWithATinyAreaChange(double toleranceMeters)
    {
        var result = CoverageSnapper.Snap(TraVinhCommunes, toleranceMeters);

        var after = CoverageQa.Check(result.Units);
        Assert.Empty(after.Gaps);
        Assert.Empty(after.Overlaps);
        Assert.Empty(result.Refused);
        Assert.All(result.Units, u => Assert.True(u.Geometry.IsValid, u.Key));
        Assert.InRange(result.MaxShiftMeters, 0, toleranceMeters);
        Assert.InRange(Math.Abs(result.NetAreaChangeSquareMeters), 0, 2);
        Assert.InRange(result.TotalAbsoluteAreaChangeSquareMeters, 0, 5);
        Assert.InRange(result.VerticesMoved, 3_700, 3_900);
    }

    [Fact]
    public void Snap_TraVinhCommunes_AdjacencyUnchanged()
    {
        var before = Adjacency.Build(TraVinhCommunes);

        var after = Adjacency.Build(CoverageSnapper.Snap(TraVinhCommunes, 0.5).Units);

        Assert.Equal(before.SharedBoundaries.Count, after.SharedBoundaries.Count);
        Assert.All(before.SharedBoundaries, b => Assert.Equal(b.LengthMeters, after.SharedLengthMeters(b.KeyA, b.KeyB), 0.05));
    }
}
