using Boundaries.Core.Coverage;
using Boundaries.Core.Coverage.Dissolving;
using Boundaries.Core.Coverage.Winding;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using static Boundaries.Core.Tests.Coverage.CoverageFixtures;

namespace Boundaries.Core.Tests.Coverage.Winding;

public sealed class WindingUnionTests
{
    [Fact]
    public void TryUnion_SquaresTouchingAtACorner_TwoPolygonsNotOneSelfTouchingRing()
    {
        var union = WindingUnion.TryUnion([Poly("POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))"), Poly("POLYGON((1 1, 2 1, 2 2, 1 2, 1 1))")]);

        var multi = Assert.IsType<MultiPolygon>(union);
        Assert.Equal(2, multi.NumGeometries);
        Assert.True(multi.IsValid);
        Assert.Equal(2, multi.Area, 12);
    }

    [Fact]
    public void TryUnion_GapReachingTheOutsideAtOnePoint_ShellWithAHoleTouchingIt()
    {
        // The triangle (1 2, 3 2, 2 4) is covered by neither part and meets the outer boundary only at (2 4): a valid
        // polygon has it as a hole touching the shell, not as a shell ring passing (2 4) twice.
        var left = Poly("POLYGON((0 0, 4 0, 3 2, 1 2, 2 4, 0 4, 0 0))");
        var right = Poly("POLYGON((4 0, 4 4, 2 4, 3 2, 4 0))");

        var union = WindingUnion.TryUnion([left, right]);

        var polygon = Assert.IsType<Polygon>(union);
        Assert.True(polygon.IsValid);
        Assert.Equal(1, polygon.NumInteriorRings);
        Assert.Equal(14, polygon.Area, 12);
    }

    [Fact]
    public void TryUnion_IslandInsideAGap_HoleGoesToTheOuterShellAndTheIslandStaysApart()
    {
        Geometry[] ring =
        [
            Poly("POLYGON((0 0, 5 0, 5 1, 0 1, 0 0))"), Poly("POLYGON((0 4, 5 4, 5 5, 0 5, 0 4))"),
            Poly("POLYGON((0 1, 1 1, 1 4, 0 4, 0 1))"), Poly("POLYGON((4 1, 5 1, 5 4, 4 4, 4 1))"),
            Poly("POLYGON((2 2, 3 2, 3 3, 2 3, 2 2))"),
        ];

        var union = WindingUnion.TryUnion(ring);

        var multi = Assert.IsType<MultiPolygon>(union);
        Assert.True(multi.IsValid);
        Assert.Equal(17, multi.Area, 12);
        Assert.Equal(1, multi.Geometries.Sum(g => ((Polygon)g).NumInteriorRings));
    }

    [Fact]
    public void TryUnion_ThreeSquaresOverOneAnother_CoveredOnceIsEnough()
    {
        var union = WindingUnion.TryUnion(
        [
            Poly("POLYGON((0 0, 2 0, 2 2, 0 2, 0 0))"), Poly("POLYGON((0 0, 2 0, 2 2, 0 2, 0 0))"),
            Poly("POLYGON((1 1, 3 1, 3 3, 1 3, 1 1))"),
        ]);

        Assert.NotNull(union);
        Assert.True(union.IsValid);
        Assert.Equal(7, union.Area, 12);
    }

    [Fact]
    public void Dissolve_CrossingComputedOneUnitInTheLastPlaceFromAVertex_ValidAndOverlaysArea()
    {
        // Found by the property test (CsCheck seed aSFlvPtLjCN2): the crossing point (1, 1.6006e-14) lies 6·10⁻³⁰ above
        // the vertex (1, 1.6e-14), and the pieces at it cross the neighbouring segment; the noding check must see that.
        Geometry[] parts =
        [
            Poly("POLYGON ((5 3.000000000000016, 4.999999999999984 2.000000000000004, 0.999999999999996 0.000000000000016, -0.000000000000016 0, 5 3.000000000000016))"),
            Poly("POLYGON ((4 5.000000000000016, 0.999999999999984 4.999999999999996, 5.000000000000004 0.000000000000004, 5.999999999999996 2, 4 5.000000000000016))"),
            Poly("POLYGON ((5.000000000000008 4.000000000000004, 4.999999999999996 1.000000000000016, 0.999999999999984 -0.000000000000008, 4.000000000000008 5.999999999999992, 5.000000000000008 4.000000000000004))"),
        ];

        var dissolved = PolygonDissolver.Dissolve(parts);

        Assert.True(dissolved.Geometry.IsValid);
        Assert.Equal(PolygonDissolver.Overlay(parts).Area, dissolved.Geometry.Area, 1e-9);
    }

    [Fact]
    public void TryUnion_TraVinhDistricts_SameAsOverlayWithTheSameHolesOfASquareCentimetreOrMore()
    {
        foreach (var district in TraVinhCommunesByDistrict())
        {
            var parts = district.ToList();

            var union = WindingUnion.TryUnion(parts);

            Assert.NotNull(union);
            Assert.True(union.IsValid, district.Key);
            var overlay = PolygonDissolver.Overlay(parts);
            Assert.Equal(overlay.Area, union.Area, overlay.Area * 1e-12);
            Assert.True(OverlayNGRobust.Overlay(union, overlay, SpatialFunction.SymDifference).Area <= overlay.Area * 1e-12, district.Key);
            Assert.Equal(Holes(overlay, 1e-14), Holes(union, 1e-14));
        }
    }

    private static Geometry Poly(string wkt) => Unit("p", wkt).Geometry;
}
