using System.Globalization;
using Boundaries.Core.Coverage.Dissolving;
using Boundaries.Core.Geodesy;
using Boundaries.Data.Import.GeoJson;
using Boundaries.Data.Import.Layers;
using NetTopologySuite.Geometries;

namespace Boundaries.Bench;

/// <summary>
/// W4: merge two units in process and measure the result (ellipsoidal area, perimeter, Polsby-Popper) and flag it
/// against the xã standard, as bench/peers/gpd_w4_merge.py times it: median of REPS after a warm-up.
/// </summary>
/// <remarks>
/// The warm-up runs for one second (not 5 repetitions as in the peers' scripts) so that the JIT has compiled the
/// optimised code, as it has in a running planner; Python, PL/pgSQL and SQLite have no such tiering.
/// The re-evaluation is the peers' flag rule, so that every tool does the same work; the engine's path is w4-scenario.
/// </remarks>
internal static class MergeWorkload
{
    public static int Run(string input, string field, string a, string b, int repetitions)
    {
        var options = GeoJsonReadOptions.Keeping(field, "x_pop2019_census", "population");
        var features = GeoJsonLayerReader.Read(input, options).Features;
        var first = Single(features, field, a);
        var second = Single(features, field, b);
        var population = Population(first) + Population(second);
        Geometry[] pair = [first.Geometry!, second.Geometry!];

        foreach (var coverageFirst in new[] { true, false })
        {
            Merged Once() => Merge(pair, population, coverageFirst);
            var (result, median, min, max) = InProcessTiming.Measure(Once, repetitions);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(coverageFirst ? "dissolve" : "no_coverage_union")}: reps={repetitions} median_ms={median:F3} min_ms={min:F3} max_ms={max:F3} " +
                $"| merged {result.Geometry.GeometryType} vertices={result.Geometry.NumPoints} area_km2={result.AreaKm2:F4} " +
                $"perimeter_km={result.PerimeterKm:F3} polsby_popper={result.PolsbyPopper:F4} method={result.Method} flag={result.Flag}"));
        }

        return 0;
    }

    private static Merged Merge(Geometry[] pair, double population, bool coverageFirst)
    {
        var dissolved = PolygonDissolver.Dissolve(pair, coverageFirst);
        var areaM2 = EllipsoidalMeasure.Wgs84.AreaSquareMeters(dissolved.Geometry);
        var perimeterM = EllipsoidalMeasure.Wgs84.PerimeterMeters(dissolved.Geometry);
        var polsbyPopper = 4 * Math.PI * areaM2 / (perimeterM * perimeterM);
        var flag = areaM2 / 1e6 / 30.0 * 100 < 70 && population / 8000.0 * 100 < 70;
        return new Merged(dissolved.Geometry, dissolved.Method, areaM2 / 1e6, perimeterM / 1e3, polsbyPopper, flag);
    }

    private static SourceFeature Single(IReadOnlyList<SourceFeature> features, string field, string value)
    {
        var matches = features.Where(f => f.Geometry is not null && Matches(f.Text(field), value)).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new ArgumentException($"{matches.Count} features have {field} = {value}; the merge needs exactly one.");
    }

    // A number in the file matches the same number written otherwise on the command line ("29242" and "29242.0").
    private static bool Matches(string? property, string value) =>
        property == value
        || double.TryParse(property, CultureInfo.InvariantCulture, out var p) && double.TryParse(value, CultureInfo.InvariantCulture, out var v) && p == v;

    private static double Population(SourceFeature feature) =>
        double.TryParse(feature.Text("x_pop2019_census") ?? feature.Text("population"), CultureInfo.InvariantCulture, out var population) ? population : 0;

    private readonly record struct Merged(Geometry Geometry, DissolveMethod Method, double AreaKm2, double PerimeterKm, double PolsbyPopper, bool Flag);
}
