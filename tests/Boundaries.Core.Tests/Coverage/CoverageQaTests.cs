using Boundaries.Core.Coverage;
using Boundaries.Core.Coverage.Checks;
using Boundaries.Core.Geodesy;
using Boundaries.Core.Quality;
using NetTopologySuite.Geometries;
using static Boundaries.Core.Tests.Coverage.CoverageFixtures;

namespace Boundaries.Core.Tests.Coverage;

public sealed class CoverageQaTests
{
    [Fact]
    public void Check_TwoSquaresSharingAnEdge_Clean()
    {
        var report = CoverageQa.Check([Cell("a", 0, 0), Cell("b", 0, 1)]);

        Assert.True(report.IsClean);
        Assert.Equal(2, report.UnitCount);
        Assert.Empty(report.ToIssues());
    }

    [Fact]
    public void Check_RingOfEightAroundAnEmptyCell_OneGapWithTheEightUnitsAround()
    {
        var units = (from i in Enumerable.Range(0, 3) from j in Enumerable.Range(0, 3) where i != 1 || j != 1 select Cell($"{i}{j}", i, j)).ToList();

        var report = CoverageQa.Check(units);

        var gap = Assert.Single(report.Gaps);
        Assert.Equal(EllipsoidalMeasure.Wgs84.AreaSquareMeters(Cell("c", 1, 1).Geometry), gap.AreaSquareMeters, 1e-3);
        Assert.Equal(8, gap.UnitKeys.Count);
        Assert.True(gap.Geometry.Contains(new Point(gap.Location)));
        Assert.Empty(report.Overlaps);
        Assert.Empty(report.MismatchedEdges);
    }

    [Fact]
    public void Check_SingleUnit_OuterBoundaryIsNoGap()
    {
        var report = CoverageQa.Check([Cell("a", 0, 0)]);

        Assert.True(report.IsClean);
    }

    [Fact]
    public void Check_NotchOpenToTheOutside_NoGap()
    {
        // A sliver that reaches the outer boundary is part of the outline (like a river mouth), not a hole.
        var report = CoverageQa.Check([Cell("a", 0, 0), Unit("b", "POLYGON((106 10.0100001, 106.01 10.01, 106.01 10.02, 106 10.02, 106 10.0100001))")]);

        Assert.Empty(report.Gaps);
    }

    [Fact]
    public void Check_StripClaimedByBoth_OverlapWithItsArea()
    {
        var taller = Unit("a", "POLYGON((106 10, 106.01 10, 106.01 10.011, 106 10.011, 106 10))");

        var report = CoverageQa.Check([taller, Cell("b", 0, 1)]);

        var overlap = Assert.Single(report.Overlaps);
        var strip = Unit("s", "POLYGON((106 10.01, 106.01 10.01, 106.01 10.011, 106 10.011, 106 10.01))").Geometry;
        Assert.Equal(("a", "b"), (overlap.KeyA, overlap.KeyB));
        Assert.Equal(EllipsoidalMeasure.Wgs84.AreaSquareMeters(strip), overlap.AreaSquareMeters, 1e-3);
        Assert.True(strip.Contains(new Point(overlap.Location)));
        Assert.NotEmpty(report.MismatchedEdges);
        Assert.False(report.IsClean);
    }

    [Fact]
    public void Check_Input_NotChanged()
    {
        var units = new[] { Unit("a", "POLYGON((106 10, 106.01 10, 106.01 10.011, 106 10.011, 106 10))"), Cell("b", 0, 1) };
        var before = units.Select(u => u.Geometry.Copy()).ToList();

        CoverageQa.Check(units);

        Assert.All(units.Zip(before), p => Assert.True(p.First.Geometry.EqualsExact(p.Second)));
    }

    [Fact]
    public void Check_TraVinhCommunes_TheSliversOfTheShapelyReference()
    {
        var reference = Csv("travinh_c2009_gaps.csv");

        var report = TraVinhCommuneReport;

        Assert.Equal(220, reference.Count);
        Assert.InRange(report.Gaps.Count, reference.Count - 5, reference.Count + 5);
        Assert.Equal(reference.Sum(r => Number(r[2])), report.GapAreaSquareMeters, 0.025);
        Assert.Equal(Number(reference[0][2]), report.LargestGapSquareMeters, 0.002);
        Assert.True(report.Gaps[0].Geometry.Distance(new Point(Number(reference[0][0]), Number(reference[0][1]))) < 1e-8);
        // Which units "touch" a sliver a few nanodegrees wide depends on rounding in the last digit: allow one or two.
        Assert.InRange(report.Gaps.Sum(g => g.UnitKeys.Count), reference.Sum(r => int.Parse(r[3])) - 2, reference.Sum(r => int.Parse(r[3])) + 2);
        Assert.All(report.Gaps, g => Assert.InRange(g.UnitKeys.Count, 2, 5));
    }

    [Fact]
    public void Check_TraVinhCommunes_TheOverlapsOfTheShapelyReference()
    {
        var reference = Csv("travinh_c2009_overlaps.csv");

        var report = TraVinhCommuneReport;

        Assert.Equal(51, reference.Count);
        Assert.Equal(reference.Select(r => (r[0], r[1])).ToHashSet(), report.Overlaps.Select(o => (o.KeyA, o.KeyB)).ToHashSet());
        Assert.Equal(reference.Sum(r => Number(r[2])), report.OverlapAreaSquareMeters, 0.025);
        Assert.NotEmpty(report.MismatchedEdges);
    }

    [Fact]
    public void Check_TraVinhDistricts_Clean()
    {
        var report = CoverageQa.Check(TraVinhDistricts);

        Assert.True(report.IsClean, report.Summary);
    }

    [Fact]
    public void ToIssues_TraVinhCommunes_OneIssuePerProblemWithPlaceAndSize()
    {
        var report = TraVinhCommuneReport;

        var issues = report.ToIssues();

        Assert.Equal(report.Gaps.Count + report.Overlaps.Count + report.MismatchedEdges.Count, issues.Count);
        var gap = issues.First(i => i.Kind == "coverage-gap");
        Assert.Equal(IssueSeverity.Warning, gap.Severity);
        Assert.Equal(report.Gaps[0].AreaSquareMeters, gap.Magnitude);
        Assert.NotNull(gap.Location);
        Assert.Contains("29377", gap.Message);
        var edge = issues.First(i => i.Kind == "coverage-edge-mismatch");
        Assert.Equal(report.MismatchedEdges[0].UnitKey, edge.Code?.Value);
    }

    private static CoverageUnit Cell(string key, int column, int row)
    {
        // Decimal arithmetic, so that neighbouring cells get the very same corner coordinates.
        var (x, y, step) = (106 + (column * 0.01m), 10 + (row * 0.01m), 0.01m);
        return Unit(key, FormattableString.Invariant($"POLYGON(({x} {y}, {x + step} {y}, {x + step} {y + step}, {x} {y + step}, {x} {y}))"));
    }
}
