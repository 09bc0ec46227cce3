using Boundaries.Core.Geodesy;
using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries.Utilities;

namespace Boundaries.Core.Coverage.Simplification;

/// <summary>Simplifies a set of neighbouring polygons together, so that a shared boundary is simplified once and stays shared.</summary>
/// <remarks>
/// NetTopologySuite's <see cref="CoverageSimplifier"/> (topology-preserving Visvalingam–Whyatt on the coverage's edges):
/// an edge between two units is simplified once for both, so no gap or overlap opens between them, and no edge is
/// simplified across another. The tolerance is a distance in the coordinates' unit (degrees for lon/lat); corners
/// whose triangle is smaller than the tolerance squared are removed. For use on maps (drawing, bundling a national
/// layer): a simplified polygon's area is never an official or measured area of the unit.
/// </remarks>
public static class CoverageSimplification
{
    /// <summary>Metres per degree of latitude (WGS 84, mean), used to turn a tolerance in metres into degrees.</summary>
    public const double MetresPerDegree = 111_320;

    /// <summary>Simplifies the polygons (lon/lat) together with a tolerance in metres; the result keeps the input order.</summary>
    public static SimplifiedCoverage Simplify(IReadOnlyList<CoverageUnit> units, double toleranceMetres)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentOutOfRangeException.ThrowIfNegative(toleranceMetres);
        // The simplifier needs valid polygons (a ring touching itself breaks its edge index); an invalid one is
        // repaired first with GeometryFixer, which keeps its vertices, and the result lists it.
        var input = units.Select(u => u.Geometry).ToArray();
        var repaired = new List<string>();
        for (var i = 0; i < input.Length; i++)
        {
            if (!input[i].IsValid)
            {
                input[i] = Polygonal(GeometryFixer.Fix(input[i]), input[i].Factory);
                repaired.Add(units[i].Key);
            }
        }

        var output = CoverageSimplifier.Simplify(input, toleranceMetres / MetresPerDegree);
        var results = new List<SimplifiedUnit>(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            var simplified = Polygonal(output[i], input[i].Factory);
            results.Add(new SimplifiedUnit(
                units[i].Key,
                simplified,
                units[i].Geometry.NumPoints,
                simplified.NumPoints,
                EllipsoidalMeasure.AreaKm2(units[i].Geometry),
                EllipsoidalMeasure.AreaKm2(simplified)));
        }

        return new SimplifiedCoverage(toleranceMetres, results) { Repaired = repaired };
    }

    // The simplifier may return a GeometryCollection or an empty geometry for a sliver polygon; keep the polygonal part.
    private static Geometry Polygonal(Geometry geometry, GeometryFactory factory)
    {
        if (geometry is Polygon or MultiPolygon)
        {
            return geometry;
        }

        var polygons = Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).OfType<Polygon>().ToArray();
        return factory.CreateMultiPolygon(polygons);
    }
}
