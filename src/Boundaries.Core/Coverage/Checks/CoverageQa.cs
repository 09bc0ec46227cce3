using Boundaries.Core.Geodesy;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.LinearReferencing;
using NetTopologySuite.Operation.Distance;
using NetTopologySuite.Operation.Linemerge;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NtsCoverageUnion = NetTopologySuite.Coverage.CoverageUnion;
using NtsCoverageValidator = NetTopologySuite.Coverage.CoverageValidator;

namespace Boundaries.Core.Coverage.Checks;

/// <summary>Checks that a set of unit polygons forms a coverage and lists every gap, overlap and mismatched boundary with its place and size.</summary>
/// <remarks>
/// Mismatched boundaries come from NTS <c>CoverageValidator</c>. Gaps are the holes of the union of all units: the outer
/// boundary (coast, border rivers) is never a gap, and neither is a gap that opens onto the outside or cuts the coverage in
/// two. The union is NTS <c>CoverageUnion</c> when the coverage is valid and the robust overlay otherwise, because
/// CoverageUnion silently returns wrong results for an invalid coverage. Overlaps are computed only for pairs the validator
/// flagged, so a clean coverage costs no pairwise intersection. Areas and lengths are on the WGS 84 ellipsoid. The input is
/// never changed.
/// </remarks>
public static class CoverageQa
{
    // A unit whose boundary comes this close to a gap (in degrees, about 1 mm) is one of the units around it.
    private const double TouchDegrees = 1e-8;

    /// <summary>Checks the units, which must be valid Polygon or MultiPolygon geometries in lon/lat with unique keys.</summary>
    public static CoverageReport Check(IReadOnlyList<CoverageUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Select(u => u.Key).Distinct().Count() != units.Count)
        {
            throw new ArgumentException("Unit keys must be unique.", nameof(units));
        }

        var geometries = units.Select(u => u.Geometry).Where(g => !g.IsEmpty).ToArray();
        var present = units.Where(u => !u.Geometry.IsEmpty).ToList();
        if (present.Count == 0)
        {
            return new CoverageReport(units.Count, [], [], []);
        }

        var tree = new STRtree<int>();
        for (var i = 0; i < present.Count; i++)
        {
            tree.Insert(present[i].Geometry.EnvelopeInternal, i);
        }

        var invalid = NtsCoverageValidator.Validate(geometries);
        var edges = new List<(int Unit, LineString Line)>();
        for (var i = 0; i < invalid.Length; i++)
        {
            if (invalid[i] is { IsEmpty: false } lines)
            {
                edges.AddRange(Merge(lines).Select(l => (i, l)));
            }
        }

        var union = edges.Count == 0 ? NtsCoverageUnion.Union(geometries) : OverlayNGRobust.Union(geometries);
        var gaps = Gaps(union, present, tree);
        var overlaps = Overlaps(edges, present, tree);
        var mismatched = edges
            .Select(e => new MismatchedEdge(present[e.Unit].Key, Midpoint(e.Line), EllipsoidalMeasure.Wgs84.LineLengthMeters(e.Line.CoordinateSequence), e.Line))
            .OrderByDescending(e => e.LengthMeters)
            .ToList();
        return new CoverageReport(units.Count, gaps, overlaps, mismatched);
    }

    private static List<CoverageGap> Gaps(Geometry union, List<CoverageUnit> units, STRtree<int> tree)
    {
        var facets = new Dictionary<int, IndexedFacetDistance>();
        var gaps = new List<CoverageGap>();
        foreach (var polygon in PolygonExtracter.GetPolygons(union).Cast<Polygon>())
        {
            foreach (var hole in polygon.Holes)
            {
                var gap = union.Factory.CreatePolygon((LinearRing)hole.Copy());
                var around = new List<string>();
                var search = gap.EnvelopeInternal.Copy();
                search.ExpandBy(TouchDegrees);
                foreach (var i in tree.Query(search).Order())
                {
                    if (!facets.TryGetValue(i, out var distance))
                    {
                        facets[i] = distance = new IndexedFacetDistance(units[i].Geometry);
                    }

                    if (distance.IsWithinDistance(gap, TouchDegrees))
                    {
                        around.Add(units[i].Key);
                    }
                }

                gaps.Add(new CoverageGap(gap.InteriorPoint.Coordinate, EllipsoidalMeasure.Wgs84.AreaSquareMeters(gap), around, gap));
            }
        }

        return gaps.OrderByDescending(g => g.AreaSquareMeters).ToList();
    }

    private static List<CoverageOverlap> Overlaps(List<(int Unit, LineString Line)> edges, List<CoverageUnit> units, STRtree<int> tree)
    {
        var candidates = new SortedSet<(int, int)>();
        foreach (var (unit, line) in edges)
        {
            foreach (var other in tree.Query(line.EnvelopeInternal).Where(o => o != unit))
            {
                candidates.Add(unit < other ? (unit, other) : (other, unit));
            }
        }

        var overlaps = new List<CoverageOverlap>();
        foreach (var (a, b) in candidates)
        {
            var common = OverlayNGRobust.Overlay(units[a].Geometry, units[b].Geometry, SpatialFunction.Intersection);
            var pieces = PolygonExtracter.GetPolygons(common).Cast<Polygon>().ToList();
            var area = pieces.Sum(p => EllipsoidalMeasure.Wgs84.AreaSquareMeters(p));
            if (area > 0)
            {
                var largest = pieces.MaxBy(p => p.Area)!;
                var shape = common.Factory.BuildGeometry(pieces);
                overlaps.Add(new CoverageOverlap(units[a].Key, units[b].Key, area, largest.InteriorPoint.Coordinate, shape));
            }
        }

        return overlaps.OrderByDescending(o => o.AreaSquareMeters).ToList();
    }

    private static IEnumerable<LineString> Merge(Geometry lines)
    {
        var merger = new LineMerger();
        merger.Add(lines);
        return merger.GetMergedLineStrings().Cast<LineString>();
    }

    private static Coordinate Midpoint(LineString line)
    {
        var point = new LengthIndexedLine(line).ExtractPoint(line.Length / 2);
        return new Coordinate(point.X, point.Y);
    }
}
