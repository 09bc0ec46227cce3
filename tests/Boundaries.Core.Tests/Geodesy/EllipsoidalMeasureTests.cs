using System.Text.Json;
using Boundaries.Core.Geodesy;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace Boundaries.Core.Tests.Geodesy;

public sealed class EllipsoidalMeasureTests
{
    private static FeatureCollection Load(string file)
    {
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        return JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(Path.Combine(RepoPaths.TraVinh, file)), options)!;
    }

    [Fact]
    public void AreaAndPerimeter_EveryTraVinhCommune_WithinToleranceOfGeodesicReference()
    {
        var features = Load("communes_mapmaker_c2009.geojson");
        var reference = ReferenceAreas.Communes();

        Assert.Equal(reference.Count, features.Count);
        for (var i = 0; i < features.Count; i++)
        {
            var g = features[i].Geometry;
            var r = reference[i];
            Assert.True(Math.Abs(EllipsoidalMeasure.AreaKm2(g) / r.AreaKm2 - 1) < 0.0005, $"area of {r.Name}: {EllipsoidalMeasure.AreaKm2(g)} vs {r.AreaKm2}");
            Assert.True(Math.Abs(ExteriorPerimeterKm(g) / r.PerimeterKm - 1) < 0.001, $"perimeter of {r.Name}: {ExteriorPerimeterKm(g)} vs {r.PerimeterKm}");
        }
    }

    [Fact]
    public void AreaAndPerimeter_EveryTraVinhDistrict_WithinToleranceOfGeodesicReference()
    {
        var features = Load("districts_gischinhphu_2019.geojson");
        var reference = ReferenceAreas.Districts().ToDictionary(r => r.Key);

        Assert.Equal(9, features.Count);
        foreach (var f in features)
        {
            var r = reference[f.Attributes["district_code"].ToString()!];
            Assert.Equal(r.AreaKm2, EllipsoidalMeasure.AreaKm2(f.Geometry), r.AreaKm2 * 0.0005);
            Assert.Equal(r.PerimeterKm, ExteriorPerimeterKm(f.Geometry), r.PerimeterKm * 0.001);
        }
    }

    [Fact]
    public void PerimeterKm_PolygonWithHole_CountsEveryRing()
    {
        // Xã Long Toàn (feature 95) encloses the old "Thị trấn Duyên Hải" polygon as a hole of 7.93 km.
        var longToan = Load("communes_mapmaker_c2009.geojson")[95].Geometry;

        Assert.Equal(37.113 + 7.931, EllipsoidalMeasure.PerimeterKm(longToan), 0.04);
    }

    /// <summary>The reference (pyproj 3.4 Geod.geometry_area_perimeter) counts exterior rings only in a perimeter.</summary>
    private static double ExteriorPerimeterKm(NetTopologySuite.Geometries.Geometry g) =>
        Enumerable.Range(0, g.NumGeometries)
            .Select(i => (NetTopologySuite.Geometries.Polygon)g.GetGeometryN(i))
            .Sum(p => EllipsoidalMeasure.Wgs84.LineLengthMeters(p.ExteriorRing.CoordinateSequence)) / 1000;

    [Fact]
    public void AreaKm2_OneDegreeCellAtEquator_MatchesClosedForm()
    {
        // Closed form for the cell 0–1°E, 0–1°N on WGS 84: a²/2 · Δλ · (q(1°) − q(0°)) = 12,308.4639 km².
        var cell = new NetTopologySuite.Geometries.GeometryFactory().CreatePolygon(
            [new(0, 0), new(1, 0), new(1, 1), new(0, 1), new(0, 0)]);

        Assert.Equal(12_308.4639, EllipsoidalMeasure.AreaKm2(cell), 0.0001);
    }
}
