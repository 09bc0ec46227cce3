using System.Globalization;
using Boundaries.Data.Store.GeoPackage;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Export.Layers;

/// <summary>Writes a layer as a new GeoPackage 1.3 file with one MULTIPOLYGON feature table in EPSG:4326.</summary>
/// <remarks>Uses the project store's GeoPackage core tables and geometry blobs, so GDAL and QGIS read both the same way.</remarks>
internal static class GeoPackageLayerWriter
{
    public static void Write(UnitLayer layer, string file)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();

        // The header pragmas (Req 2) and the three gpkg_* tables (Req 10, 13, 21) of the store, without its project tables.
        foreach (var statement in GeoPackageSchema.CreateStatements.Where(s => s.StartsWith("PRAGMA", StringComparison.Ordinal) || s.Contains("CREATE TABLE gpkg_", StringComparison.Ordinal)))
        {
            Execute(connection, statement);
        }

        // Req 11: records for srs_id -1 and 0 (undefined Cartesian and geographic) and 4326.
        Execute(connection, "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined Cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined Cartesian coordinate reference system')");
        Execute(connection, "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system')");
        Execute(connection, "INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, $wkt, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')", ("$wkt", GeoPackageSchema.Wgs84Wkt));

        var columns = string.Join(", ", layer.Fields.Select(f => $"\"{f.Name}\" {SqlType(f.Kind)}"));
        Execute(connection, $"CREATE TABLE \"{layer.Name}\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON, {columns})");
        var extent = new Envelope();
        foreach (var row in layer.Rows.Where(r => r.Geometry is not null))
        {
            extent.ExpandToInclude(row.Geometry!.EnvelopeInternal);
        }

        // Req 18 and 22: one gpkg_contents row (data_type "features") and one gpkg_geometry_columns row for the table.
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        Execute(connection,
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, min_x, min_y, max_x, max_y, srs_id) VALUES ($t, 'features', $t, 'Boundaries export', $now, $x0, $y0, $x1, $y1, 4326)",
            ("$t", layer.Name), ("$now", now), ("$x0", Extent(extent, e => e.MinX)), ("$y0", Extent(extent, e => e.MinY)), ("$x1", Extent(extent, e => e.MaxX)), ("$y1", Extent(extent, e => e.MaxY)));
        Execute(connection, "INSERT INTO gpkg_geometry_columns VALUES ($t, 'geom', 'MULTIPOLYGON', 4326, 0, 0)", ("$t", layer.Name));

        using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO \"{layer.Name}\" (geom, {string.Join(", ", layer.Fields.Select(f => $"\"{f.Name}\""))}) VALUES ($geom, {string.Join(", ", layer.Fields.Select((_, i) => $"$v{i}"))})";
        foreach (var row in layer.Rows)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$geom", row.Geometry is null ? DBNull.Value : GeometryBlob.Write(GeometryBlob.ToMultiPolygon(row.Geometry, $"{layer.Name} row")));
            for (var i = 0; i < layer.Fields.Count; i++)
            {
                insert.Parameters.AddWithValue($"$v{i}", row.Values[i] switch { null => DBNull.Value, bool b => b ? 1 : 0, var v => v });
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static object Extent(Envelope extent, Func<Envelope, double> pick) => extent.IsNull ? DBNull.Value : pick(extent);

    // GeoPackage Table 1 data types; BOOLEAN is stored as 0/1 and GDAL reads it as a boolean field.
    private static string SqlType(LayerFieldKind kind) => kind switch
    {
        LayerFieldKind.Integer => "INTEGER",
        LayerFieldKind.Real => "DOUBLE",
        LayerFieldKind.Boolean => "BOOLEAN",
        _ => "TEXT",
    };

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
