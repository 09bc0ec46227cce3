using Boundaries.Data.Import.Layers;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Boundaries.Data.Import.GeoPackage;

/// <summary>Reads one feature table of a GeoPackage (OGC 12-128r18) into source features.</summary>
internal static class GeoPackageLayerReader
{
    /// <summary>Reads a layer; the layer may be omitted when the file has exactly one feature table.</summary>
    public static SourceLayer Read(string path, string? layer, Action<int, int>? progress = null)
    {
        if (!File.Exists(path))
        {
            throw new InputDataException(path, "file not found");
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
            }.ToString());
            connection.Open();
            var table = ChooseLayer(connection, path, layer);
            var column = GeoPackageCatalog.GeometryColumnOf(connection, path, table);
            var crs = GeoPackageCatalog.DeclaredCrsOf(connection, column.SrsId);
            var features = ReadFeatures(connection, path, table, column.Name, progress);
            return new SourceLayer
            {
                File = path,
                Format = "GeoPackage",
                LayerName = table,
                Features = features,
                DeclaredCrs = crs,
                DefaultEpsg = null,
                TextEncoding = "UTF-8",
            };
        }
        catch (SqliteException ex)
        {
            throw new InputDataException(path, $"not a readable GeoPackage: {ex.Message}", ex);
        }
    }

    private static string ChooseLayer(SqliteConnection connection, string path, string? layer)
    {
        var layers = GeoPackageCatalog.FeatureTables(connection, path);
        if (layer is not null)
        {
            return layers.FirstOrDefault(l => string.Equals(l, layer, StringComparison.OrdinalIgnoreCase))
                ?? throw new InputDataException(path, $"no feature layer '{layer}'; layers are {string.Join(", ", layers)}");
        }

        return layers.Count switch
        {
            1 => layers[0],
            0 => throw new InputDataException(path, "the GeoPackage has no feature layer"),
            _ => throw new InputDataException(path, $"the GeoPackage has {layers.Count} feature layers ({string.Join(", ", layers)}); choose one with the layer option"),
        };
    }

    private static List<SourceFeature> ReadFeatures(SqliteConnection connection, string path, string table, string geometryColumn, Action<int, int>? progress)
    {
        var total = Count(connection, table);
        var reader = new GeoPackageGeoReader { HandleOrdinates = Ordinates.XY };
        var features = new List<SourceFeature>(total);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {Quote(table)}";
        using var rows = command.ExecuteReader();
        var geometryOrdinal = rows.GetOrdinal(geometryColumn);
        var index = 0;
        while (rows.Read())
        {
            var attributes = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < rows.FieldCount; i++)
            {
                if (i != geometryOrdinal)
                {
                    attributes.TryAdd(rows.GetName(i), rows.IsDBNull(i) ? null : AttributeText.Of(rows.GetValue(i)));
                }
            }

            Geometry? geometry = null;
            if (!rows.IsDBNull(geometryOrdinal))
            {
                try
                {
                    geometry = reader.Read((byte[])rows.GetValue(geometryOrdinal));
                }
                catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or ParseException or IOException)
                {
                    throw new InputDataException(path, $"layer {table}, feature {index}: unreadable geometry blob: {ex.Message}", ex);
                }
            }

            features.Add(new SourceFeature(index, geometry is { IsEmpty: false } ? geometry : null, attributes));
            if (++index % 256 == 0)
            {
                progress?.Invoke(index, total);
            }
        }

        return features;
    }

    private static int Count(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {Quote(table)}";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Quotes an SQL identifier (table names come from gpkg_contents, not from the user).</summary>
    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
