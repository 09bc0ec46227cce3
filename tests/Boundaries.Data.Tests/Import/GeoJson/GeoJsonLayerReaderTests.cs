using Boundaries.Data.Import.GeoJson;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Import.GeoJson;

public class GeoJsonLayerReaderTests
{
    private static readonly string Communes = Path.Combine(RepoPaths.TraVinh, "communes_mapmaker_c2009.geojson");

    [Fact]
    public void Read_CommuneLayer_Gives104FeaturesWithAttributesAndNoDeclaredCrs()
    {
        var layer = GeoJsonLayerReader.Read(Communes);

        Assert.Equal(104, layer.Features.Count);
        Assert.Null(layer.DeclaredCrs);
        Assert.Equal(4326, layer.DefaultEpsg);
        Assert.Equal("Phường 1", layer.Features[0].Text("name"));
        Assert.Equal("29239", layer.Features[0].Text("x_gso2023_commune_code"));
        Assert.Equal("10557", layer.Features[0].Text("x_pop2019_census"));
        Assert.Null(layer.Features[94].Text("x_gso2023_commune_code"));
        Assert.Equal(Enumerable.Range(0, 104), layer.Features.Select(f => f.Index));
    }

    [Fact]
    public void Read_SmallBuffer_GivesTheSameFeaturesAsOneLargeBuffer()
    {
        var large = GeoJsonLayerReader.Read(Communes);

        var small = GeoJsonLayerReader.Read(Communes, 4096, null);

        Assert.Equal(large.Features.Count, small.Features.Count);
        for (var i = 0; i < large.Features.Count; i++)
        {
            Assert.Equal(large.Features[i].Text("name"), small.Features[i].Text("name"));
            Assert.True(large.Features[i].Geometry!.EqualsExact(small.Features[i].Geometry!), $"feature {i}");
        }
    }

    [Fact]
    public void Read_TruncatedFile_ThrowsUnexpectedEndOfDataAtItsLength()
    {
        using var temp = new TempFolder();
        var path = temp.File("tra-vinh.geojson");
        File.WriteAllBytes(path, File.ReadAllBytes(Communes)[..40960]);

        var ex = Assert.Throws<InputDataException>(() => GeoJsonLayerReader.Read(path));

        Assert.Equal($"{path}: not valid GeoJSON: unexpected end of data at byte 40960", ex.Message);
    }

    [Fact]
    public void Read_SyntaxErrorOnLaterLine_ThrowsWithItsByteOffset()
    {
        using var temp = new TempFolder();
        var text = "{\"type\": \"FeatureCollection\",\n \"features\": [\n  {\"type\": \"Feature\", \"properties\": {\"code\": 1} \"geometry\": null}\n]}";
        var path = temp.Write("broken.geojson", text);

        var ex = Assert.Throws<InputDataException>(() => GeoJsonLayerReader.Read(path));

        var expected = text.IndexOf("\"geometry\"", StringComparison.Ordinal);
        Assert.StartsWith($"{path}: not valid GeoJSON: ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith($" at byte {expected}", ex.Message);
    }

    [Fact]
    public void Read_LegacyCrsMember_IsDeclared()
    {
        var layer = GeoJsonLayerReader.Read(RepoPaths.Fixture("import", "tp-tra-vinh_communes_vn2000_tm3_105-30.geojson"));

        Assert.Equal("urn:ogc:def:crs:EPSG::9209", layer.DeclaredCrs?.Text);
        Assert.Equal(10, layer.Features.Count);
    }

    [Fact]
    public void Read_CrsMemberAfterFeatures_IsStillDeclared()
    {
        using var temp = new TempFolder();
        var path = temp.Write("late.geojson",
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"ma\":\"29236\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}],"
            + "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:9209\"}}}");

        var layer = GeoJsonLayerReader.Read(path);

        Assert.Equal("EPSG:9209", layer.DeclaredCrs?.Text);
        Assert.Single(layer.Features);
    }

    [Fact]
    public void Read_FeatureWithUnknownGeometryType_IsReportedAndSkipped()
    {
        using var temp = new TempFolder();
        var path = temp.Write("odd.geojson",
            "{\"type\":\"FeatureCollection\",\"features\":["
            + "{\"type\":\"Feature\",\"properties\":{\"ma\":\"1\"},\"geometry\":{\"type\":\"Polygonn\",\"coordinates\":[]}},"
            + "{\"type\":\"Feature\",\"properties\":{\"ma\":\"2\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}");

        var layer = GeoJsonLayerReader.Read(path);

        var feature = Assert.Single(layer.Features);
        Assert.Equal(1, feature.Index);
        var issue = Assert.Single(layer.Issues);
        Assert.Equal("unreadable-feature", issue.Kind);
        Assert.Equal(0, issue.FeatureIndex);
    }

    [Fact]
    public void Read_SingleFeatureObject_GivesOneFeature()
    {
        using var temp = new TempFolder();
        var path = temp.Write("one.geojson",
            "{\"type\":\"Feature\",\"properties\":{\"ma\":\"29236\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[106,9],[106.1,9],[106.1,9.1],[106,9]]]}}");

        var layer = GeoJsonLayerReader.Read(path);

        Assert.Equal("29236", Assert.Single(layer.Features).Text("ma"));
    }
}
