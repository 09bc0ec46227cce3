using System.IO.Compression;
using System.Text;
using Boundaries.Data.Import.GeoJson;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace Boundaries.Data.Tests.Import.GeoJson;

public sealed class StreamingGeoJsonReaderTests
{
    [Fact]
    public void ReadFeatures_TraVinhCommunes_EqualNtsConverterExactly()
    {
        var expected = NtsGeoJsonReference.Read(File.OpenRead(Path.Combine(RepoPaths.TraVinh, "communes_mapmaker_c2009.geojson")));

        var actual = StreamingGeoJsonReader.ReadAll(
            Path.Combine(RepoPaths.TraVinh, "communes_mapmaker_c2009.geojson"), StreamingGeoJsonOptions.Keeping("name", "x_pop2019_census", "x_area_km2"));

        Assert.Equal(104, actual.Count);
        AssertSame(expected, actual, ["name", "x_pop2019_census", "x_area_km2"]);
        Assert.Equal(33_192, actual.Sum(f => f.Geometry!.NumPoints));
        Assert.All(actual, f => Assert.IsType<PackedDoubleCoordinateSequence>(((Polygon)f.Geometry!.GetGeometryN(0)).Shell.CoordinateSequence));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void ReadFeatures_NationalThinnedLayer_EqualNtsConverterExactly()
    {
        FeatureCollection expected;
        using (var gz = new GZipStream(File.OpenRead(RepoPaths.NationalCommunes), CompressionMode.Decompress))
        {
            expected = NtsGeoJsonReference.Read(gz);
        }

        using var stream = new GZipStream(File.OpenRead(RepoPaths.NationalCommunes), CompressionMode.Decompress);
        using var reader = new StreamingGeoJsonReader(
            stream, "vietnam_communes.geojson", StreamingGeoJsonOptions.Keeping("commune_id", "commune_vn", "district_id", "population"));
        var actual = reader.ReadFeatures().ToList();

        Assert.Equal(11_163, actual.Count);
        Assert.Equal(275_194, actual.Sum(f => f.Geometry!.NumPoints));
        Assert.Equal("c09_communes", reader.CollectionName);
        AssertSame(expected, actual, ["commune_id", "commune_vn", "district_id", "population"]);
    }

    [Fact]
    public void ReadFeatures_FewBytesPerRead_SameAsWholeFile()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.TraVinh, "communes_mapmaker_c2009.geojson"))[..200_000];
        var cut = Encoding.UTF8.GetString(bytes);
        var json = cut[..cut.LastIndexOf("{\"type\": \"Feature\"", StringComparison.Ordinal)].TrimEnd().TrimEnd(',') + "]}";
        var expected = NtsGeoJsonReference.Read(json);

        using var reader = new StreamingGeoJsonReader(new TrickleStream(Encoding.UTF8.GetBytes(json), 7), "trickle.geojson");
        var actual = reader.ReadFeatures().ToList();

        Assert.True(actual.Count >= 5, $"only {actual.Count} features in the sample");
        AssertSame(expected, actual, ["name", "district_name", "x_pop2019_census", "x_gso2023_commune_code"]);
    }

    [Fact]
    public void ReadFeatures_EveryGeometryTypeAndMemberOrder_EqualNtsConverter()
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
        var expected = NtsGeoJsonReference.Read(json);

        using var reader = new StreamingGeoJsonReader(new MemoryStream(Encoding.UTF8.GetBytes(json)), "types.geojson");
        var actual = reader.ReadFeatures().ToList();

        Assert.Equal(8, actual.Count);
        AssertSame(expected, actual, []);
        Assert.Equal(7L, actual[0].Id);
        Assert.Equal("a", actual[1].Id);
        Assert.Equal(1L, actual[0].Properties["n"]);
        Assert.Equal(2.5, actual[0].Properties["x"]);
        Assert.Equal("Xã Hiếu Tử", actual[0].Properties["s"]);
        Assert.Equal(true, actual[0].Properties["b"]);
        Assert.Null(actual[0].Properties["z"]);
        Assert.Equal("{\"k\": [1, 2]}", actual[0].Properties["o"]);
        Assert.Equal(5.0, actual[1].Geometry!.Coordinates[1].Z);
        Assert.Null(actual[7].Geometry);
        Assert.Equal("urn:ogc:def:crs:EPSG::4326", reader.CrsName);
    }

    [Theory]
    [InlineData("""{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Circle", "coordinates": [1, 2]}}]}""", "feature 0", "Circle")]
    [InlineData("""{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}}]}""", "feature 0", "closed")]
    [InlineData("""{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[0, 0], [1, 0]]}}]}""", "feature 0", "nest")]
    [InlineData("""{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": null}, {"type": "Feat""", "feature 1", "not valid GeoJSON")]
    [InlineData("""{"type": "Feature", "properties": {}, "geometry": null}""", "byte", "FeatureCollection")]
    public void ReadFeatures_BrokenInput_ThrowsInputDataExceptionNamingFileAndFeature(string json, string where, string what)
    {
        using var reader = new StreamingGeoJsonReader(new MemoryStream(Encoding.UTF8.GetBytes(json)), "broken.geojson");

        var error = Assert.Throws<InputDataException>(() => reader.ReadFeatures().ToList());

        Assert.Equal("broken.geojson", error.File);
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void ReadFeatures_ByteOrderMark_IsSkipped()
    {
        var json = "\uFEFF{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"a\": 1}, \"geometry\": null}]}";

        using var reader = new StreamingGeoJsonReader(new MemoryStream(Encoding.UTF8.GetBytes(json)), "bom.geojson");

        Assert.Equal(1L, Assert.Single(reader.ReadFeatures()).Properties["a"]);
    }

    private static void AssertSame(FeatureCollection expected, IReadOnlyList<StreamingGeoJsonFeature> actual, string[] properties)
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
                Assert.Equal(4326, got.SRID);
            }

            foreach (var name in properties)
            {
                var reference = NtsGeoJsonReference.Attribute(expected[i], name);
                var value = actual[i].Properties.GetValueOrDefault(name);
                if (reference is double d)
                {
                    Assert.Equal(d, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), 12);
                }
                else
                {
                    Assert.Equal(reference, value);
                }
            }
        }
    }
}
