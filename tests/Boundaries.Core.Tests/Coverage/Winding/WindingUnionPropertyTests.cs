using Boundaries.Core.Coverage.Dissolving;
using Boundaries.Core.Coverage.Winding;
using CsCheck;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Boundaries.Core.Tests.Coverage.Winding;

[Trait("Category", "Slow")]
public sealed class WindingUnionPropertyTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    // Quadrilaterals on a coarse grid: shared edges, shared vertices, collinear overlaps, crossings and holes all
    // come up often, which is where a union goes wrong.
    private static readonly Gen<Polygon> Quad =
        Gen.Int[0, 6].Array[8].Where(Convex).Select(c => Factory.CreatePolygon(
        [
            new Coordinate(c[0], c[1]), new Coordinate(c[2], c[3]), new Coordinate(c[4], c[5]),
            new Coordinate(c[6], c[7]), new Coordinate(c[0], c[1]),
        ]));

    [Fact]
    public void TryUnion_RandomQuadrilaterals_SameAreaAsOverlayAndValid()
    {
        Quad.Array[2, 7].Sample(parts =>
        {
            var union = WindingUnion.TryUnion(parts);
            if (union is null)
            {
                // Giving up is allowed (the caller falls back to overlay); a wrong answer is not.
                return true;
            }

            var overlay = PolygonDissolver.Overlay(parts);
            return union.IsValid && Math.Abs(union.Area - overlay.Area) < 1e-9 && OverlayNGRobust.Overlay(union, overlay, SpatialFunction.SymDifference).Area < 1e-9;
        }, iter: 2000);
    }

    [Fact]
    public void TryUnion_QuadrilateralsWithCornersOffTheGridByRoundingErrors_SameAreaAsOverlayAndValid()
    {
        // As on real layers: neighbours' boundaries a few units in the last place apart, crossing many times.
        var nearlyOnGrid = Quad.SelectMany(quad => Gen.Int[-4, 4].Array[4].Select(nudges => Nudged(quad, nudges)));
        nearlyOnGrid.Array[2, 6].Sample(parts =>
        {
            var union = WindingUnion.TryUnion(parts);
            if (union is null)
            {
                return true;
            }

            var overlay = PolygonDissolver.Overlay(parts);
            return union.IsValid && Math.Abs(union.Area - overlay.Area) < 1e-9;
        }, iter: 2000);
    }

    [Fact]
    public void TryUnion_RandomQuadrilaterals_RarelyGivesUp()
    {
        var gaveUp = 0;
        Quad.Array[2, 7].Sample(parts => gaveUp += WindingUnion.TryUnion(parts) is null ? 1 : 0, iter: 500);

        // On exact grid coordinates every crossing point is computed from small integers; overlay is the exception.
        Assert.True(gaveUp < 25, $"gave up on {gaveUp} of 500");
    }

    private static Polygon Nudged(Polygon quad, int[] nudges)
    {
        var points = quad.ExteriorRing.Coordinates.Take(4)
            .Select((c, i) => new Coordinate(c.X + (nudges[i] * 1e-15 * 4), c.Y - (nudges[(i + 1) % 4] * 1e-15 * 4)))
            .ToList();
        points.Add(points[0].Copy());
        return Factory.CreatePolygon([.. points]);
    }

    /// <summary>A simple, strictly convex, non-degenerate quadrilateral in any orientation.</summary>
    private static bool Convex(int[] c)
    {
        var sign = 0;
        for (var i = 0; i < 4; i++)
        {
            var (ax, ay) = (c[2 * i], c[(2 * i) + 1]);
            var (bx, by) = (c[2 * ((i + 1) % 4)], c[(2 * ((i + 1) % 4)) + 1]);
            var (cx, cy) = (c[2 * ((i + 2) % 4)], c[(2 * ((i + 2) % 4)) + 1]);
            var cross = ((bx - ax) * (cy - by)) - ((by - ay) * (cx - bx));
            if (cross == 0 || (sign != 0 && Math.Sign(cross) != sign))
            {
                return false;
            }

            sign = Math.Sign(cross);
        }

        return true;
    }
}
