using System.Globalization;
using System.Text.Json;
using Boundaries.Core.Coverage;
using Boundaries.Core.Coverage.Checks;
using NetTopologySuite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;

namespace Boundaries.Core.Tests.Coverage;

/// <summary>The real Trà Vinh layers as coverage units, the shapely reference values, and WKT helpers.</summary>
internal static class CoverageFixtures
{
    private static readonly Lazy<IReadOnlyList<CoverageUnit>> LazyCommunes = new(() => Load("communes_mapmaker_c2009.geojson", "x_gso2023_commune_code"));
    private static readonly Lazy<IReadOnlyList<CoverageUnit>> LazyDistricts = new(() => Load("districts_gischinhphu_2019.geojson", "district_code"));
    private static readonly Lazy<CoverageReport> LazyCommuneReport = new(() => CoverageQa.Check(TraVinhCommunes));
    private static readonly WKTReader Reader = new(new NtsGeometryServices(PrecisionModel.Floating.Value, 4326));

    /// <summary>The 104 commune polygons of c. 2009, keyed by their 2023 GSO code (the one polygon without a code by its name).</summary>
    public static IReadOnlyList<CoverageUnit> TraVinhCommunes => LazyCommunes.Value;

    /// <summary>The coverage report of <see cref="TraVinhCommunes"/>, computed once for the tests that read it.</summary>
    public static CoverageReport TraVinhCommuneReport => LazyCommuneReport.Value;

    /// <summary>The 9 district polygons of 2019, keyed by GSO district code.</summary>
    public static IReadOnlyList<CoverageUnit> TraVinhDistricts => LazyDistricts.Value;

    /// <summary>The 104 commune polygons grouped by the layer's own district name (8 districts, 2009 structure).</summary>
    public static List<IGrouping<string, Geometry>> TraVinhCommunesByDistrict()
    {
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        var path = Path.Combine(RepoPaths.TraVinh, "communes_mapmaker_c2009.geojson");
        var features = JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path), options)!;
        return features.GroupBy(f => f.Attributes["district_name"].ToString()!, f => f.Geometry).ToList();
    }

    /// <summary>How many holes a (multi)polygon has of at least the given planar area in square degrees.</summary>
    public static int Holes(Geometry geometry, double minimumDegrees2 = 0) =>
        Enumerable.Range(0, geometry.NumGeometries)
            .SelectMany(i => ((Polygon)geometry.GetGeometryN(i)).InteriorRings)
            .Count(hole => NetTopologySuite.Algorithm.Area.OfRing(hole.CoordinateSequence) >= minimumDegrees2);

    /// <summary>A unit from WKT in lon/lat.</summary>
    public static CoverageUnit Unit(string key, string wkt) => new(key, Reader.Read(wkt));

    /// <summary>The rows of a CSV file in tests/fixtures/coverage, header excluded, split at commas (no field holds one).</summary>
    public static IReadOnlyList<string[]> Csv(string file) =>
        File.ReadAllLines(RepoPaths.Fixture("coverage", file)).Skip(1).Select(l => l.Split(',')).ToList();

    /// <summary>Parses an invariant number.</summary>
    public static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static IReadOnlyList<CoverageUnit> Load(string file, string keyField)
    {
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        var features = JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(Path.Combine(RepoPaths.TraVinh, file)), options)!;
        return features
            .Select(f => new CoverageUnit((f.Attributes.GetOptionalValue(keyField) ?? f.Attributes["name"]).ToString()!, f.Geometry))
            .ToList();
    }
}
