using Boundaries.Data.Store.GeoPackage;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Boundaries.Data.Store.Postgis;

/// <summary>Reads a project from its schema into the GeoPackage's rows, and from them into the project (<see cref="RowsToProject"/>), so both stores give the same project.</summary>
internal static class PostgisReader
{
    /// <summary>Reads the project of a schema at layout <paramref name="layout"/> (see <see cref="PostgisMigrations"/>).</summary>
    public static async Task<BoundaryProject> ReadAsync(NpgsqlConnection connection, PostgisLocation location, int layout, CancellationToken ct)
    {
        var s = location.Schema;
        var layers = new List<(string, UnitLevel, IReadOnlyList<UnitFeatureRow>)>();
        foreach (var (table, level) in new[] { (GeoPackageSchema.Provinces, UnitLevel.Province), (GeoPackageSchema.Districts, UnitLevel.District), (GeoPackageSchema.Communes, UnitLevel.Commune) })
        {
            layers.Add((table, level, await ReadAllAsync(connection, $"SELECT fid, geom, code, name, full_name, type, parent_code, population, population_year, population_source, official_population, official_population_year, official_population_source, area_km2, official_area_km2, official_area_year, official_area_source, region, geometry_status, geometry_note FROM {s}.{table} ORDER BY fid", r => new UnitFeatureRow
            {
                Fid = r.GetInt64(0),
                Geometry = Get<Geometry>(r, 1),
                Code = r.GetString(2),
                Name = r.GetString(3),
                FullName = r.GetString(4),
                Type = r.GetString(5),
                ParentCode = Get<string>(r, 6),
                Population = GetValue<long>(r, 7),
                PopulationYear = GetValue<int>(r, 8),
                PopulationSource = Get<string>(r, 9),
                AreaKm2 = GetValue<double>(r, 13),
                OfficialAreaKm2 = GetValue<double>(r, 14),
                OfficialAreaYear = GetValue<int>(r, 15),
                OfficialAreaSource = Get<string>(r, 16),
                Region = r.GetString(17),
                GeometryStatus = r.GetString(18),
                GeometryNote = Get<string>(r, 19),
            }, ct)));
        }

        // The official population is a column of the layer here (what a GIS analyst sees in QGIS); the GeoPackage keeps it in its attribute table.
        var officialPopulations = new List<OfficialPopulationRow>();
        foreach (var (table, _, _) in layers)
        {
            officialPopulations.AddRange(await ReadAllAsync(connection, $"SELECT code, official_population, official_population_year, official_population_source FROM {s}.{table} WHERE official_population IS NOT NULL ORDER BY fid", r => new OfficialPopulationRow
            {
                Fid = officialPopulations.Count + 1, Code = r.GetString(0), Value = r.GetInt64(1), Year = GetValue<int>(r, 2), Source = Get<string>(r, 3) ?? "",
            }, ct));
        }

        var doubts = await ReadAllAsync(connection, $"SELECT fid, code, figure, reason, source FROM {s}.{GeoPackageSchema.FigureDoubts} ORDER BY fid", r => new FigureDoubtRow
        {
            Fid = r.GetInt64(0), Code = r.GetString(1), Figure = r.GetString(2), Reason = r.GetString(3), Source = r.GetString(4),
        }, ct);
        var factors = await ReadAllAsync(connection, $"SELECT fid, code, kind, reason, source, value FROM {s}.{GeoPackageSchema.SpecialFactors} ORDER BY fid", r => new SpecialFactorRow
        {
            Fid = r.GetInt64(0), Code = r.GetString(1), Kind = r.GetString(2), Reason = r.GetString(3), Source = r.GetString(4), Value = GetValue<double>(r, 5),
        }, ct);
        var unassigned = await ReadAllAsync(connection, $"SELECT fid, geom, name, parent_code, area_km2, geometry_status, geometry_note, covers_codes FROM {s}.{GeoPackageSchema.UnassignedAreas} ORDER BY fid", r => new UnassignedAreaRow
        {
            Fid = r.GetInt64(0), Geometry = r.GetFieldValue<Geometry>(1), Name = r.GetString(2), ParentCode = Get<string>(r, 3), AreaKm2 = r.GetDouble(4),
            GeometryStatus = r.GetString(5), GeometryNote = r.GetString(6), CoversCodes = r.GetString(7),
        }, ct);
        var issues = await ReadAllAsync(connection, $"SELECT fid, severity, kind, message, file, feature_index, code, lon, lat, magnitude FROM {s}.{GeoPackageSchema.DataIssues} ORDER BY fid", r => new DataIssueRow
        {
            Fid = r.GetInt64(0), Severity = r.GetString(1), Kind = r.GetString(2), Message = r.GetString(3), File = Get<string>(r, 4), FeatureIndex = GetValue<int>(r, 5),
            Code = Get<string>(r, 6), Lon = GetValue<double>(r, 7), Lat = GetValue<double>(r, 8), Magnitude = GetValue<double>(r, 9),
        }, ct);
        var metadata = await ReadAllAsync(connection, $"SELECT fid, key, value FROM {s}.{GeoPackageSchema.ProjectMetadata} ORDER BY fid", r => new MetadataRow
        {
            Fid = r.GetInt64(0), Key = r.GetString(1), Value = r.GetString(2),
        }, ct);

        // A project imported before layout 6 has no crosswalk table: it has no crosswalk until it is imported again.
        var crosswalk = layout < CrosswalkLayout ? [] : await ReadAllAsync(connection, $"SELECT fid, old_code, old_name, old_province, new_code, new_name, share FROM {s}.{GeoPackageSchema.CodeCrosswalk} ORDER BY fid", r => new CrosswalkRowRecord
        {
            Fid = r.GetInt64(0), OldCode = r.GetString(1), OldName = r.GetString(2), OldProvince = r.GetString(3), NewCode = r.GetString(4), NewName = r.GetString(5), Share = r.GetString(6),
        }, ct);

        var rows = new RowsToProject(location.Display);
        var map = new AdminMap(rows.WithOfficialFigures(rows.Units(layers, factors), officialPopulations, doubts), rows.Unassigned(unassigned));
        var projectMetadata = rows.Metadata(metadata);
        return new BoundaryProject(map, projectMetadata, rows.Issues(issues))
        {
            Crosswalk = crosswalk.Count == 0 ? null : rows.Crosswalk(crosswalk, metadata, projectMetadata.Baseline),
        };
    }

    /// <summary>The layout that added code_crosswalk (Migrations/006_code_crosswalk.sql).</summary>
    private const int CrosswalkLayout = 6;

    private static async Task<List<T>> ReadAllAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static T? Get<T>(NpgsqlDataReader reader, int i)
        where T : class => reader.IsDBNull(i) ? null : reader.GetFieldValue<T>(i);

    private static T? GetValue<T>(NpgsqlDataReader reader, int i)
        where T : struct => reader.IsDBNull(i) ? null : reader.GetFieldValue<T>(i);
}
