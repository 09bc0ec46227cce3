using System.Globalization;
using System.IO.Compression;
using Boundaries.Data.Import.GeoJson;
using Boundaries.Data.Import.Layers;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace Boundaries.Data.Tests.Import.GeoJson;

/// <summary>The one GeoJSON reader's feature parsing against NetTopologySuite's own converter, on the bundled layers and on every geometry type.</summary>
public sealed class GeoJsonFeatureParserTests
{
    [Fact]
    public void Read_TraVinhCommunesKeepingThreeFields_EqualNtsConverterExactly()
    {
        var path = Path.Combine(RepoPaths.TraVinh, "communes_mapmaker_c2009.geojson");
        var expected = NtsGeoJsonReference.Read(File.OpenRead(path));

        var actual = GeoJsonLayerReader.Read(path, GeoJsonReadOptions.Keeping("name", "x_pop2019_census", "x_area_km2")).Features;

        Assert.Equal(104, actual.Count);
        AssertSame(expected, actual, ["name", "x_pop2019_census", "x_area_km2"], 4326);
        Assert.Equal(33_192, actual.Sum(f => f.Geometry!.NumPoints));
        Assert.All(actual, f => Assert.IsType<PackedDoubleCoordinateSequence>(((Polygon)f.Geometry!.GetGeometryN(0)).Shell.CoordinateSequence));
        Assert.All(actual, f => Assert.Equal(3, f.Attributes.Count));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void ReadEach_NationalThinnedLayer_EqualsNtsConverterExactly()
    {
        FeatureCollection expected;
        using (var gz = new GZipStream(File.OpenRead(RepoPaths.NationalCommunes), CompressionMode.Decompress))
        {
            expected = NtsGeoJsonReference.Read(gz);
        }

        var actual = new List<SourceFeature>();
        GeoJsonLayerReader.ReadEach(RepoPaths.NationalCommunes, GeoJsonReadOptions.Keeping("commune_id", "commune_vn", "district_id", "population"), actual.Add);

        Assert.Equal(11_163, actual.Count);
        Assert.Equal(275_194, actual.Sum(f => f.Geometry!.NumPoints));
        AssertSame(expected, actual, ["commune_id", "commune_vn", "district_id", "population"], 4326);
    }

    [Fact]
    public void Read_EveryGeometryTypeAndMemberOrder_EqualNtsConverter()
    {
        const string json = """
            {"features": [
              {"type": "Feature", "id": 7, "properties": {"n": 1, "x": 2.5, "s": "Xã Hiếu Tử", "b": true, "z": null, "o": {"k": [1, 2]}},
               "geometry": {"coordinates": [106.1, 9.9], "type": "Point"}},
              {"type": "Feature", "id": "a", "properties": null, "geometry": {"type": "LineString", "coordinates": [[1, 2], [3, 4, 5]]}},
              {"type": "Feature", "properties": {}, "geometry": {"type": "MultiPoint", "coordinates": [[1, 2], [3, 4]]}},
              {"type": "Feature", "properties": {}, "geometry": {"type": "MultiLineString", "coordinates": [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]}},
              {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "bbox": [0, 0, 4, 4],
                 "coordinates": [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [1, 2], [2, 2], [1, 1]]]}},
              {"type": "Feature", "properties": {}, "geometry": {"type": "MultiPolygon",
                 "coordinates": [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]]}},
              {"type": "Feature", "properties": {}, "geometry": {"type": "GeometryCollection",
                 "geometries": [{"type": "Point", "coordinates": [1, 2]}, {"type": "LineString", "coordinates": [[1, 2], [3, 4]]}]}},
              {"type": "Feature", "properties": {}, "geometry": null}
            ], "type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4326"}}}
            """;
        using var temp = new TempFolder();
        var path = temp.Write("types.geojson", "\uFEFF" + json);

        var layer = GeoJsonLayerReader.Read(path);

        var actual = layer.Features;
        Assert.Equal(8, actual.Count);
        AssertSame(NtsGeoJsonReference.Read(json), actual, [], 0);
        Assert.Equal("1", actual[0].Text("n"));
        Assert.Equal("2.5", actual[0].Text("x"));
        Assert.Equal("Xã Hiếu Tử", actual[0].Text("s"));
        Assert.Equal("true", actual[0].Text("b"));
        Assert.Null(actual[0].Text("z"));
        Assert.Equal("{\"k\": [1, 2]}", actual[0].Text("o"));
        Assert.Equal(5.0, actual[1].Geometry!.Coordinates[1].Z);
        Assert.Null(actual[7].Geometry);
        Assert.Equal("urn:ogc:def:crs:EPSG::4326", layer.DeclaredCrs?.Text);
    }

    private static void AssertSame(FeatureCollection expected, IReadOnlyList<SourceFeature> actual, string[] properties, int srid)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < actual.Count; i++)
        {
            Assert.Equal(i, actual[i].Index);
            var want = expected[i].Geometry;
            var got = actual[i].Geometry;
            if (want is null)
            {
                Assert.Null(got);
            }
            else
            {
                Assert.NotNull(got);
                Assert.True(want.EqualsExact(got), $"feature {i}: {got} differs from {want}");
                Assert.Equal(srid, got.SRID);
            }

            foreach (var name in properties)
            {
                var reference = NtsGeoJsonReference.Attribute(expected[i], name);
                var value = actual[i].Attributes.GetValueOrDefault(name);
                if (reference is double d)
                {
                    Assert.Equal(d, double.Parse(value!, CultureInfo.InvariantCulture), 12);
                }
                else
                {
                    Assert.Equal(reference, value);
                }
            }
        }
    }
}
