using Boundaries.Core.Units;
using Boundaries.Data.Import;
using Boundaries.Data.Import.Validation;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Import;

/// <summary>A polygon file read and found wholly valid is kept and not read or checked again while it is byte for byte the same; a file with a problem is read and checked every time.</summary>
public sealed class CheckedLayersTests : IDisposable
{
    private const string Square = "[[106.33,9.90],[106.33,9.92],[106.35,9.92],[106.35,9.90],[106.33,9.90]]";
    private const string BowTie = "[[106.30,9.90],[106.32,9.92],[106.32,9.90],[106.30,9.92],[106.30,9.90]]";
    private readonly TempFolder _temp = new();

    public CheckedLayersTests()
    {
        _temp.Write("don_vi.csv", """
            ma,ten,loai,ma_cha
            842,Thành phố Trà Vinh,Thành phố,84
            29236,Phường 4,Phường,842
            """);
        _temp.Write("dataset.json", """
            {
              "province": { "code": "84", "name": "Trà Vinh" },
              "units": { "file": "don_vi.csv", "fields": { "code": "ma", "name": "ten", "type": "loai", "parent": "ma_cha" } },
              "layers": [ { "role": "communes", "file": "xa.geojson", "crs": "EPSG:4326", "fields": { "code": "ma" } } ]
            }
            """);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Import_ValidLayer_IsRecordedOnce_AndReadAgainGivesTheSameMap()
    {
        WriteLayer(Square);
        var cache = new CheckedLayers(_temp.File("cache"));

        var first = DatasetImporter.Import(_temp.Path, new ImportOptions { CheckedLayers = cache });
        var key = CheckedLayers.KeyOf(_temp.File("xa.geojson"), "EPSG:4326", null);
        var second = DatasetImporter.Import(_temp.Path, new ImportOptions { CheckedLayers = cache });

        Assert.True(cache.Has(key));
        Assert.Single(Directory.GetFiles(cache.Folder));
        var before = first.Map[new UnitCode("29236")];
        var after = second.Map[new UnitCode("29236")];
        Assert.True(before.Geometry!.EqualsExact(after.Geometry!));
        Assert.Equal(4326, after.Geometry!.SRID);
        Assert.Equal(before.GeodesicAreaKm2, after.GeodesicAreaKm2);
        Assert.Equal(first.Report.Issues.Select(i => i.ToString()), second.Report.Issues.Select(i => i.ToString()));
        Assert.Equal(first.Report.Files.Select(f => (f.File, f.Format, f.Features, f.Epsg)), second.Report.Files.Select(f => (f.File, f.Format, f.Features, f.Epsg)));
    }

    [Fact]
    public void Import_InvalidLayer_IsNeverRecorded_SoItsProblemIsReportedEveryTime()
    {
        WriteLayer(BowTie);
        var cache = new CheckedLayers(_temp.File("cache"));

        var first = DatasetImporter.Import(_temp.Path, new ImportOptions { CheckedLayers = cache });
        var second = DatasetImporter.Import(_temp.Path, new ImportOptions { CheckedLayers = cache });

        Assert.Single(first.Report.IssuesOf("invalid-geometry"));
        Assert.Single(second.Report.IssuesOf("invalid-geometry"));
        Assert.False(cache.Has(CheckedLayers.KeyOf(_temp.File("xa.geojson"), "EPSG:4326", null)));
    }

    [Fact]
    public void KeyOf_ChangedFileOrDeclaredCrs_IsAnotherRecord()
    {
        WriteLayer(Square);
        var before = CheckedLayers.KeyOf(_temp.File("xa.geojson"), "EPSG:4326", null);
        var otherCrs = CheckedLayers.KeyOf(_temp.File("xa.geojson"), "EPSG:9209", null);
        WriteLayer(BowTie);
        var after = CheckedLayers.KeyOf(_temp.File("xa.geojson"), "EPSG:4326", null);

        Assert.NotEqual(before, otherCrs);
        Assert.NotEqual(before, after);
    }

    private void WriteLayer(string ring) =>
        _temp.Write("xa.geojson",
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"ma\":\"29236\"},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}]}");
}
