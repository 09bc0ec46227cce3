using System.Globalization;
using Boundaries.Data.Store;
using Boundaries.Data.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Boundaries.Data.Tests.Store;

/// <summary>Reads the written file with plain SQL and checks the GeoPackage 1.3 requirements it must meet.</summary>
public sealed class GeoPackageFileLayoutTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private SqliteConnection _db = null!;

    public async Task InitializeAsync()
    {
        var file = _folder.File("tra-vinh.gpkg");
        await new GeoPackageProjectStore(file).SaveAsync(TraVinhData.Project);
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await _db.OpenAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public void Header_WrittenFile_HasGeoPackage13ApplicationIdAndUserVersion()
    {
        Assert.Equal(1196444487L, Scalar("PRAGMA application_id"));
        Assert.Equal(10300L, Scalar("PRAGMA user_version"));
    }

    [Fact]
    public void Integrity_WrittenFile_PassesIntegrityAndForeignKeyChecks()
    {
        Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
        Assert.Empty(Rows("PRAGMA foreign_key_check"));
    }

    [Fact]
    public void SpatialRefSys_WrittenFile_HasTheThreeRequiredRows()
    {
        var rows = Rows("SELECT srs_id, organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys ORDER BY srs_id");

        Assert.Equal(3, rows.Count);
        Assert.Equal([-1L, "NONE", -1L, "undefined"], rows[0]);
        Assert.Equal([0L, "NONE", 0L, "undefined"], rows[1]);
        Assert.Equal([4326L, "EPSG", 4326L], rows[2][..3]);
        Assert.StartsWith("GEOGCS[\"WGS 84\"", (string)rows[2][3]!);
        Assert.EndsWith("AUTHORITY[\"EPSG\",\"4326\"]]", (string)rows[2][3]!);
    }

    [Fact]
    public void Contents_WrittenFile_ListsFourFeatureLayersWithExtentsAndSevenAttributeTables()
    {
        var rows = Rows("SELECT table_name, data_type, srs_id, min_x, min_y, max_x, max_y, last_change FROM gpkg_contents ORDER BY table_name");

        Assert.Equal(
            ["code_crosswalk", "communes", "data_issues", "districts", "figure_doubts", "official_populations", "project_metadata", "provinces", "special_factors", "unassigned_areas"],
            rows.Select(r => (string)r[0]!));
        Assert.All(rows.Where(r => (string)r[1]! == "features"), r => Assert.Equal(4326L, r[2]));

        foreach (var r in rows.Where(r => (string)r[1]! == "features"))
        {
            // Trà Vinh lies between 105.9° and 106.8° E and 9.5° and 10.1° N.
            Assert.InRange((double)r[3]!, 105.9, 106.8);
            Assert.InRange((double)r[4]!, 9.5, 10.1);
            Assert.InRange((double)r[5]!, 105.9, 106.8);
            Assert.InRange((double)r[6]!, 9.5, 10.1);
        }

        Assert.Equal(4, rows.Count(r => (string)r[1]! == "features"));
        Assert.All(rows.Where(r => (string)r[1]! == "attributes"), r => Assert.Null(r[2]));
        Assert.All(rows, r => Assert.True(
            DateTime.TryParseExact((string)r[7]!, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            $"last_change {r[7]}"));
    }

    [Fact]
    public void GeometryColumns_WrittenFile_OneMultiPolygonColumnPerLayerDeclaredAsSuch()
    {
        var rows = Rows("SELECT table_name, column_name, geometry_type_name, srs_id, z, m FROM gpkg_geometry_columns ORDER BY table_name");

        Assert.Equal(["communes", "districts", "provinces", "unassigned_areas"], rows.Select(r => (string)r[0]!));
        Assert.All(rows, r => Assert.Equal(["geom", "MULTIPOLYGON", 4326L, 0L, 0L], r[1..]));
        foreach (var table in rows.Select(r => (string)r[0]!))
        {
            Assert.Equal("MULTIPOLYGON", Rows($"PRAGMA table_info({table})").Single(c => (string)c[1]! == "geom")[2]);
        }
    }

    [Fact]
    public void GeometryBlob_Commune_IsXyWithEnvelopeAndSrs4326()
    {
        var blob = (byte[])Scalar("SELECT geom FROM communes WHERE code = '29242'")!;

        // "GP", version 0, flags: little-endian (B = 1), envelope [minx, maxx, miny, maxy] (E = 1), not empty.
        Assert.Equal([(byte)'G', (byte)'P', 0, 0b0000_0011], blob[..4]);
        Assert.Equal(4326, BitConverter.ToInt32(blob, 4));

        // WKB after the 8-byte header and 32-byte envelope: little-endian MultiPolygon (6), 2-D.
        Assert.Equal(1, blob[40]);
        Assert.Equal(6u, BitConverter.ToUInt32(blob, 41));
    }

    [Fact]
    public void CommunesLayer_UnitsWithoutPolygon_HaveNullGeometryAndNullArea()
    {
        var rows = Rows("SELECT code, area_km2, geometry_status FROM communes WHERE geom IS NULL ORDER BY code");

        Assert.Equal([["29512", null, "Missing"], ["29513", null, "Missing"], ["29516", null, "Missing"]], rows);
    }

    [Fact]
    public void CommunesLayer_AreaKm2_IsTheEllipsoidalAreaOfTheReference()
    {
        var areaKm2 = (double)Scalar("SELECT area_km2 FROM communes WHERE code = '29239'")!;

        // Phường 1 of TP Trà Vinh: 2.476719 km² in the geodesic reference (tests/fixtures/reference).
        Assert.Equal(2.476719, areaKm2, 0.0005 * 2.476719);
    }

    [Fact]
    public void AttributeTables_TraVinh_HoldFiguresFactorsIssuesAndMetadata()
    {
        // Population is the 2019 census of the 106 communes, written once, on the commune layer with its year and source;
        // districts and the province roll it up and store none.
        Assert.Equal(106L, Scalar("SELECT count(*) FROM communes WHERE population IS NOT NULL AND population_year = 2019 AND population_source <> ''"));
        Assert.Equal(1_009_168L, Scalar("SELECT sum(population) FROM communes"));

        // Xã Định An (unit-facts.csv): listed as must-arrange, and proposed by the province not to be arranged.
        Assert.Equal(
            [["listed-must-arrange", 1.0], ["province-proposed-not-to-arrange", null]],
            Rows("SELECT kind, value FROM special_factors WHERE code = '29494' ORDER BY kind"));

        // Three units without polygon, the unassigned polygon of thị trấn Duyên Hải, three unconfirmed facts not applied.
        Assert.Equal(
            [["missing-geometry", 3L], ["unassigned-area", 1L], ["unit-fact-not-applied", 3L]],
            Rows("SELECT kind, count(*) FROM data_issues GROUP BY kind ORDER BY kind"));
        Assert.Equal("boundaries-project", Scalar("SELECT value FROM project_metadata WHERE key = 'format'"));
    }

    private object? Scalar(string sql)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private List<object?[]> Rows(string sql)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
