using System.Text.Json;
using Boundaries.Core.Crs;
using Boundaries.Core.Geodesy;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Boundaries.Core.Tests.Crs;

/// <summary>TP Trà Vinh (district 842) projected to VN-2000 / TM-3 105-30 by ogr2ogr (EPSG:6960) and brought back by ProjNET.</summary>
public sealed class TraVinhDistrictRoundTripTests
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    [Fact]
    public void ToLonLat_TpTraVinhFromTm3Fixture_AreaWithinToleranceOfGeodesicReference()
    {
        var projected = Load(RepoPaths.Fixture("crs", CrsFixtures.DistrictStem + ".geojson"), "842");
        var reference = ReferenceAreas.Districts().Single(r => r.Key == "842");

        var lonLat = LonLatTransform.For(9209).ToLonLat(projected);

        Assert.Equal(67.139862, reference.AreaKm2);
        Assert.Equal(reference.AreaKm2, EllipsoidalMeasure.AreaKm2(lonLat), reference.AreaKm2 * 0.0005);
        Assert.Equal(4326, lonLat.SRID);
    }

    [Fact]
    public void ToLonLat_TpTraVinhFromTm3Fixture_EveryVertexWithin5CentimetresOfOriginal()
    {
        var original = Load(Path.Combine(RepoPaths.TraVinh, "districts_gischinhphu_2019.geojson"), "842");
        var projected = Load(RepoPaths.Fixture("crs", CrsFixtures.DistrictStem + ".geojson"), "842");

        var back = LonLatTransform.For(9209).ToLonLat(projected).Coordinates;

        var expected = original.Coordinates;
        Assert.Equal(expected.Length, back.Length);
        var worst = 0.0;
        for (var i = 0; i < back.Length; i++)
        {
            worst = Math.Max(worst, EllipsoidalMeasure.Wgs84.DistanceMeters(back[i].X, back[i].Y, expected[i].X, expected[i].Y));
        }

        // The fixture stores millimetres, so agreement is bounded by ~1 mm of rounding plus ProjNET's own error.
        Assert.True(worst < 0.05, $"largest vertex displacement {worst:F4} m");
    }

    [Fact]
    public void IdentifyAndCheck_Tm3Fixture_Epsg9209PlausibleAndWgs84Rejected()
    {
        var json = File.ReadAllText(RepoPaths.Fixture("crs", CrsFixtures.DistrictStem + ".geojson"));
        var crsName = JsonDocument.Parse(json).RootElement.GetProperty("crs").GetProperty("properties").GetProperty("name").GetString()!;
        var projected = Load(RepoPaths.Fixture("crs", CrsFixtures.DistrictStem + ".geojson"), "842");

        var identified = CrsIdentifier.Identify(crsName);

        Assert.Equal(9209, identified.Epsg);
        Assert.Null(CoordinateRangeCheck.Check(projected.EnvelopeInternal, 9209));
        Assert.Equal("x up to 597,362 is not a longitude: the file holds projected metres but declares EPSG:4326", CoordinateRangeCheck.Check(projected.EnvelopeInternal, 4326));
    }

    [Fact]
    public void FromLonLat_ThenToLonLat_WholeDistrictReturnsWithinMillimetre()
    {
        var original = Load(Path.Combine(RepoPaths.TraVinh, "districts_gischinhphu_2019.geojson"), "842");
        var transform = LonLatTransform.For(9209);

        var back = transform.ToLonLat(transform.FromLonLat(original));

        Assert.True(original.EqualsExact(back, 1e-8), "round trip moved a vertex by more than ~1 mm");
    }

    private static Geometry Load(string path, string districtCode)
    {
        var features = JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path), GeoJson)!;
        return features.Single(f => f.Attributes["district_code"].ToString() == districtCode).Geometry;
    }
}
