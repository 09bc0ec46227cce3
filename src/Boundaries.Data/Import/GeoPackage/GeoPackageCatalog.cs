using Boundaries.Data.Import.Layers;
using Microsoft.Data.Sqlite;

namespace Boundaries.Data.Import.GeoPackage;

/// <summary>Reads the GeoPackage metadata tables: which layers exist, their geometry column and spatial reference system.</summary>
internal static class GeoPackageCatalog
{
    /// <summary>The names of the feature tables (gpkg_contents rows with data_type 'features'), in table order.</summary>
    public static IReadOnlyList<string> FeatureTables(SqliteConnection connection, string path)
    {
        var tables = new List<string>();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name";
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                tables.Add(rows.GetString(0));
            }
        }
        catch (SqliteException ex)
        {
            throw new InputDataException(path, $"not a GeoPackage (no gpkg_contents table): {ex.Message}", ex);
        }

        return tables;
    }

    /// <summary>The geometry column of a table and its srs_id (OGC 12-128 §2.1.5, table gpkg_geometry_columns).</summary>
    public static (string Name, int SrsId) GeometryColumnOf(SqliteConnection connection, string path, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = $t";
        command.Parameters.AddWithValue("$t", table);
        using var rows = command.ExecuteReader();
        return rows.Read()
            ? (rows.GetString(0), rows.GetInt32(1))
            : throw new InputDataException(path, $"layer {table} has no row in gpkg_geometry_columns");
    }

    /// <summary>The CRS of an srs_id (gpkg_spatial_ref_sys), or null for the undefined systems -1 and 0.</summary>
    /// <remarks>OGC 12-128 §2.1.3.1: srs_id -1 is "undefined Cartesian", 0 "undefined geographic"; neither says where the data is.</remarks>
    public static DeclaredCrs? DeclaredCrsOf(SqliteConnection connection, int srsId)
    {
        if (srsId is -1 or 0)
        {
            return null;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = $id";
        command.Parameters.AddWithValue("$id", srsId);
        using var rows = command.ExecuteReader();
        if (!rows.Read())
        {
            return new DeclaredCrs($"EPSG:{srsId}", "gpkg_geometry_columns srs_id (no gpkg_spatial_ref_sys row)");
        }

        var organization = rows.IsDBNull(0) ? "" : rows.GetString(0);
        var code = rows.IsDBNull(1) ? 0 : rows.GetInt32(1);
        var definition = rows.IsDBNull(2) ? "" : rows.GetString(2);
        return string.Equals(organization, "EPSG", StringComparison.OrdinalIgnoreCase) && code > 0
            ? new DeclaredCrs($"EPSG:{code}", "gpkg_spatial_ref_sys")
            : new DeclaredCrs(definition, "gpkg_spatial_ref_sys definition");
    }
}
