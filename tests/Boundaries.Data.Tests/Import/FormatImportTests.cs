using Boundaries.Core.Crs;
using Boundaries.Core.Geodesy;
using Boundaries.Core.Quality;
using Boundaries.Core.Units;
using Boundaries.Data.Import;
using Boundaries.Data.Import.GeoJson;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Import;

public class FormatImportTests
{
    private const double AreaTolerance = 0.0005;
    private static readonly string Tm3Shapefile = RepoPaths.Fixture("import", "tp-tra-vinh_communes_vn2000_tm3_105-30.shp");
    private static readonly string Tm3GeoJson = RepoPaths.Fixture("import", "tp-tra-vinh_communes_vn2000_tm3_105-30.geojson");

    [Theory]
    [InlineData("tp-tra-vinh_communes_vn2000_tm3_105-30.shp", ".prj")]
    [InlineData("tp-tra-vinh_communes_vn2000_tm3_105-30.geojson", "GeoJSON crs member")]
    public void Import_Vn2000Tm3File_LandsOnTheOriginalLonLatWithTheReferenceAreas(string file, string crsOrigin)
    {
        var result = DatasetImporter.Import(RepoPaths.Fixture("import", file));

        var summary = Assert.Single(result.Report.Files);
        Assert.Equal(9209, summary.Epsg);
        Assert.Equal(crsOrigin, summary.CrsOrigin);
        Assert.Equal(new FieldMapping("MA_XA", "TEN_XA", "LOAI", "MA_HUYEN"), result.Report.Fields);
        Assert.Equal(10, result.Map.Communes.Count());
        var originals = OriginalCommunes842();
        var references = ReferenceAreas.Communes().Where(r => r.Code is not null).ToDictionary(r => r.Code!);
        Assert.All(result.Map.Communes, unit =>
        {
            Assert.Equal(4326, unit.Geometry!.SRID);
            Assert.Equal(new UnitCode("842"), unit.ParentCode);
            var reference = references[unit.Code.Value];
            Assert.True(Math.Abs(unit.GeodesicAreaKm2!.Value - reference.AreaKm2) <= reference.AreaKm2 * AreaTolerance, $"{unit}: {unit.GeodesicAreaKm2} km²");
            var a = unit.Geometry.Centroid;
            var b = originals[unit.Code.Value].Centroid;
            Assert.True(EllipsoidalMeasure.Wgs84.DistanceMeters(a.X, a.Y, b.X, b.Y) < 0.01, $"{unit} centroid moved");
        });
        Assert.Equal("Long Đức", result.Map[new UnitCode("29263")].Name);
        Assert.Equal(UnitType.Xa, result.Map[new UnitCode("29263")].Type);
    }

    [Fact]
    public void Import_ShapefileWithoutPrj_ThrowsAskingForTheCrs()
    {
        using var temp = new TempFolder();
        var shp = temp.CopyShapefile(Tm3Shapefile, ".shp", ".shx", ".dbf", ".cpg");

        var ex = Assert.Throws<InputDataException>(() => DatasetImporter.Import(shp));

        Assert.Equal(
            $"{shp}: no .prj beside the .shp, so the coordinate system is unknown; give it with the CRS option (e.g. EPSG:9209)",
            ex.Message);
    }

    [Fact]
    public void Import_ShapefileWithoutPrjAndCrsOption_Imports()
    {
        using var temp = new TempFolder();
        var shp = temp.CopyShapefile(Tm3Shapefile, ".shp", ".shx", ".dbf", ".cpg");

        var result = DatasetImporter.Import(shp, new ImportOptions { Crs = "EPSG:9209" });

        Assert.Equal("CRS option", result.Report.Files[0].CrsOrigin);
        Assert.Equal(10, result.Map.Communes.Count(c => c.Geometry is not null));
    }

    [Fact]
    public void Import_GeoJsonLabelledWgs84HoldingMetres_IsRefusedWithTheRangeCheckMessage()
    {
        using var temp = new TempFolder();
        var path = temp.Write("mislabelled.geojson",
            File.ReadAllText(Tm3GeoJson).Replace("urn:ogc:def:crs:EPSG::9209", "urn:ogc:def:crs:OGC:1.3:CRS84", StringComparison.Ordinal));
        var extent = new NetTopologySuite.Geometries.Envelope();
        foreach (var feature in GeoJsonLayerReader.Read(path).Features)
        {
            extent.ExpandToInclude(feature.Geometry!.EnvelopeInternal);
        }

        var ex = Assert.Throws<InputDataException>(() => DatasetImporter.Import(path));

        var expected = CoordinateRangeCheck.Check(extent, 4326);
        Assert.NotNull(expected);
        Assert.Equal($"{path}: {expected}", ex.Message);
    }

    [Fact]
    public void Import_CrsOptionDisagreeingWithTheFile_WarnsAndUsesTheOption()
    {
        var result = DatasetImporter.Import(Tm3GeoJson, new ImportOptions { Crs = "EPSG:9209" });

        Assert.Empty(result.Report.IssuesOf("crs-override"));

        using var temp = new TempFolder();
        var path = temp.Write("other-zone.geojson", File.ReadAllText(Tm3GeoJson).Replace("EPSG::9209", "EPSG::9210", StringComparison.Ordinal));
        var overridden = DatasetImporter.Import(path, new ImportOptions { Crs = "EPSG:9209" });
        var issue = Assert.Single(overridden.Report.IssuesOf("crs-override"));
        Assert.Contains("EPSG:9210", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Tcvn3Shapefile_ConvertsTheNamesAndSaysSo()
    {
        var result = DatasetImporter.Import(RepoPaths.Fixture("import", "tp-tra-vinh_communes_tcvn3.shp"));

        Assert.Equal("TCVN3 (detected), converted to Unicode", result.Report.Files[0].TextEncoding);
        Assert.Single(result.Report.IssuesOf("text-encoding"));
        Assert.Equal("Phường 1", result.Map[new UnitCode("29239")].FullName);
        Assert.Equal("Xã Long Đức", result.Map[new UnitCode("29263")].FullName);
        Assert.Equal(9, result.Map.Communes.Count(c => c.Type == UnitType.Phuong));
    }

    [Fact]
    public void Import_GeoPackageLayer_GivesTheCommunesWithReferenceAreas()
    {
        var result = DatasetImporter.Import(RepoPaths.Fixture("import", "tp-tra-vinh.gpkg"), new ImportOptions { Layer = "communes_842" });

        Assert.Equal("communes_842", result.Report.Files[0].Layer);
        Assert.Equal(4326, result.Report.Files[0].Epsg);
        var references = ReferenceAreas.Communes().Where(r => r.Code is not null).ToDictionary(r => r.Code!);
        Assert.Equal(10, result.Map.Communes.Count());
        Assert.All(result.Map.Communes, u =>
            Assert.Equal(references[u.Code.Value].AreaKm2, u.GeodesicAreaKm2!.Value, references[u.Code.Value].AreaKm2 * AreaTolerance));
    }

    [Fact]
    public void Import_GeoPackageDistrictLayer_GivesThanhPhoTraVinhUnderProvince84()
    {
        var result = DatasetImporter.Import(RepoPaths.Fixture("import", "tp-tra-vinh.gpkg"), new ImportOptions { Layer = "district_842" });

        var district = Assert.Single(result.Map.Units);
        Assert.Equal("Thành phố Trà Vinh", district.FullName);
        Assert.Equal(UnitType.ThanhPhoThuocTinh, district.Type);
        Assert.Equal(new UnitCode("84"), district.ParentCode);
        var reference = ReferenceAreas.Districts().Single(r => r.Key == "842");
        Assert.Equal(reference.AreaKm2, district.GeodesicAreaKm2!.Value, reference.AreaKm2 * AreaTolerance);
    }

    [Fact]
    public void Import_GeoJsonWithUnsupportedCrs_ThrowsWithTheIdentifiersProblem()
    {
        using var temp = new TempFolder();
        var path = temp.Write("mercator.geojson", File.ReadAllText(Tm3GeoJson).Replace("EPSG::9209", "EPSG::3857", StringComparison.Ordinal));

        var ex = Assert.Throws<InputDataException>(() => DatasetImporter.Import(path));

        var problem = CrsIdentifier.Identify("urn:ogc:def:crs:EPSG::3857").Problem;
        Assert.NotNull(problem);
        Assert.Equal($"{path}: {problem} (GeoJSON crs member)", ex.Message);
    }

    [Fact]
    public void Import_GeoJsonWithTcvn3NamesShownAsLatin1_ConvertsThemAndSaysSo()
    {
        using var temp = new TempFolder();
        var path = GeoJsonFiles.Write(temp.File("legacy.geojson"),
            ("POLYGON ((106.33 9.90, 106.33 9.92, 106.35 9.92, 106.33 9.90))", new Dictionary<string, object?> { ["ma"] = "29239", ["ten"] = "Ph\u00ADêng 1", ["ma_huyen"] = "842" }),
            ("POLYGON ((106.36 9.90, 106.36 9.92, 106.38 9.92, 106.36 9.90))", new Dictionary<string, object?> { ["ma"] = "29263", ["ten"] = "X· Long §øc", ["ma_huyen"] = "842" }));

        var result = DatasetImporter.Import(path);

        Assert.Equal("Phường 1", result.Map[new UnitCode("29239")].FullName);
        Assert.Equal("Xã Long Đức", result.Map[new UnitCode("29263")].FullName);
        Assert.Equal("TCVN3 (detected), converted to Unicode", result.Report.Files[0].TextEncoding);
        Assert.Single(result.Report.IssuesOf("text-encoding"));
    }

    [Fact]
    public void Import_UnknownExtension_Throws()
    {
        using var temp = new TempFolder();
        var path = temp.Write("units.kml", "<kml/>");

        var ex = Assert.Throws<InputDataException>(() => DatasetImporter.Import(path));

        Assert.Equal($"{path}: not a dataset folder, dataset.json, .geojson, .json, .shp or .gpkg file", ex.Message);
    }

    private static Dictionary<string, NetTopologySuite.Geometries.Geometry> OriginalCommunes842() =>
        GeoJsonLayerReader.Read(Path.Combine(RepoPaths.TraVinh, "communes_mapmaker_c2009.geojson")).Features
            .Where(f => f.Text("x_gso2023_district_code") == "842")
            .ToDictionary(f => f.Text("x_gso2023_commune_code")!, f => f.Geometry!);
}
