using System.Text.Json;
using System.Xml.Linq;
using Boundaries.Core.Units;
using Boundaries.Data.Export.Layers;
using Boundaries.Data.Import;
using Boundaries.Data.Import.Csv;
using Boundaries.Data.Tests.Store;
using Boundaries.Data.Tests.TestSupport;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace Boundaries.Data.Tests.Export.Layers;

/// <summary>Every export written, then read back by the project's own importer and by GDAL, with the same features and Vietnamese names.</summary>
[Trait("Category", "Slow")]
public sealed class LayerExportRoundTripTests
{
    [Theory]
    [InlineData("communes.geojson")]
    [InlineData("communes.gpkg")]
    [InlineData("communes.shp")]
    public void Write_ThenImport_GivesTheSameUnitsNamesAndAreas(string file)
    {
        using var folder = new TempFolder();
        var path = folder.File(file);

        LayerExporter.Write(TraVinhLayers.Communes, LayerExporter.FormatOf(path)!.Value, path);
        var imported = DatasetImporter.Import(path).Map;

        var original = TraVinhLayers.Map.Communes.ToDictionary(u => u.Code);
        Assert.Equal(106, imported.Communes.Count());
        foreach (var unit in imported.Communes)
        {
            var source = original[unit.Code];
            Assert.Equal(source.FullName, unit.FullName);
            Assert.Equal(source.Type, unit.Type);
            Assert.Equal(source.ParentCode, unit.ParentCode);
            Assert.Equal(source.GeodesicAreaKm2 is null, unit.GeodesicAreaKm2 is null);
            Assert.Equal(source.GeodesicAreaKm2 ?? 0, unit.GeodesicAreaKm2 ?? 0, 1e-6);
        }
    }

    [Theory]
    [InlineData("communes.geojson", "communes")]
    [InlineData("communes.gpkg", "communes")]
    [InlineData("communes.shp", "communes")]
    [InlineData("communes.kml", "communes")]
    [InlineData("communes.csv", "communes")]
    public void Write_ThenOgrinfo_Reads106FeaturesAndVietnameseNames(string file, string layer)
    {
        using var folder = new TempFolder();
        var path = folder.File(file);
        LayerExporter.Write(TraVinhLayers.Communes, LayerExporter.FormatOf(path)!.Value, path);

        var summary = Ogrinfo.Run(path, "-so", layer);
        var hiepMyDong = Ogrinfo.Run(path, "-q", layer, "-where", "code = '29452'");

        Assert.Equal("", summary.Errors);
        Assert.Contains("Feature Count: 106", summary.Output);
        Assert.Contains("Hiệp Mỹ Đông", hiepMyDong.Output);
        Assert.Contains("thuộc diện sắp xếp", hiepMyDong.Output);
    }

    [Fact]
    public void Write_GeoJson_FollowsRfc7946()
    {
        using var folder = new TempFolder();
        var path = folder.File("communes.geojson");

        LayerExporter.Write(TraVinhLayers.Communes, LayerFormat.GeoJson, path);

        var text = File.ReadAllText(path);
        using var json = JsonDocument.Parse(text);
        Assert.False(json.RootElement.TryGetProperty("crs", out _));
        var features = JsonSerializer.Deserialize<FeatureCollection>(text, new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } })!;
        Assert.Equal(106, features.Count);
        Assert.All(features.Where(f => f.Geometry is not null), f => Assert.True(RightHandRule.Holds(f.Geometry), $"{f.Attributes["name"]}: a ring is oriented against RFC 7946"));
        Assert.All(features.Where(f => f.Geometry is not null), f => Assert.InRange(f.Geometry.EnvelopeInternal.MinX, 105.8, 106.7));
        Assert.Contains("\"name\":\"Xã Hiệp Mỹ Đông\"", text);
    }

    [Fact]
    public void Write_Shapefile_HasPrjCpgAndTenCharacterFields()
    {
        using var folder = new TempFolder();
        var path = folder.File("communes.shp");

        var written = LayerExporter.Write(TraVinhLayers.Communes, LayerFormat.Shapefile, path);

        Assert.Equal([".shp", ".shx", ".dbf", ".prj", ".cpg"], written.Select(Path.GetExtension));
        Assert.Equal("UTF-8", File.ReadAllText(folder.File("communes.cpg")));
        Assert.Contains("AUTHORITY[\"EPSG\",\"4326\"]", File.ReadAllText(folder.File("communes.prj")));
        var info = Ogrinfo.Run(path, "-so", "communes");
        Assert.Contains("ID[\"EPSG\",4326]", info.Output);
        Assert.Contains("parent_nm: String", info.Output);
        Assert.Contains("must_arr:", info.Output);
        Assert.Empty(Directory.GetDirectories(folder.Path));
    }

    [Fact]
    public void Write_Kml_OnePlacemarkPerUnitStyledByStatus()
    {
        using var folder = new TempFolder();
        var path = folder.File("communes.kml");

        LayerExporter.Write(TraVinhLayers.Communes, LayerFormat.Kml, path);

        XNamespace kml = "http://www.opengis.net/kml/2.2";
        var placemarks = XDocument.Load(path).Descendants(kml + "Placemark").ToList();
        Assert.Equal(106, placemarks.Count);
        var phuong3 = placemarks.Single(p => p.Element(kml + "name")!.Value == "Phường 3");
        Assert.Equal("#must-arrange", phuong3.Element(kml + "styleUrl")!.Value);
        Assert.Equal(3, placemarks.Count(p => !p.Descendants(kml + "coordinates").Any()));
    }

    [Fact]
    public void Write_Csv_ReadsBackWithTheProjectsCsvReader()
    {
        using var folder = new TempFolder();
        var path = folder.File("communes.csv");

        LayerExporter.Write(TraVinhLayers.Communes, LayerFormat.Csv, path);

        var table = CsvTable.Read(path);
        Assert.Equal(106, table.Rows.Count);
        var name = table.RequireColumn("name", "test");
        var status = table.RequireColumn("status", "test");
        var code = table.RequireColumn("code", "test");
        var row = table.Rows.Single(r => r[code] == "29462");
        Assert.Equal("Thị trấn Định An", row[name]);
        Assert.Equal("must-arrange", row[status]);
    }
}
