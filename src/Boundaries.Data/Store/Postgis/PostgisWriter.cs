using Boundaries.Data.Store.GeoPackage;
using Npgsql;

namespace Boundaries.Data.Store.Postgis;

/// <summary>Replaces the rows of a project schema with a project, by binary COPY, inside the caller's transaction.</summary>
/// <remarks>The rows are the GeoPackage's (<see cref="ProjectToRows"/>), so both stores hold the same values in the same order.</remarks>
internal static class PostgisWriter
{
    private const string UnitColumns =
        "fid, geom, code, name, full_name, type, parent_code, population, population_year, population_source, " +
        "official_population, official_population_year, official_population_source, area_km2, official_area_km2, " +
        "official_area_year, official_area_source, region, geometry_status, geometry_note";

    /// <summary>The project tables, emptied before a project is written.</summary>
    public static readonly string[] Tables =
        [GeoPackageSchema.Provinces, GeoPackageSchema.Districts, GeoPackageSchema.Communes, GeoPackageSchema.UnassignedAreas,
         GeoPackageSchema.SpecialFactors, GeoPackageSchema.FigureDoubts, GeoPackageSchema.DataIssues, GeoPackageSchema.ProjectMetadata, GeoPackageSchema.CodeCrosswalk];

    public static async Task WriteAsync(NpgsqlConnection connection, string schema, BoundaryProject project, CancellationToken ct)
    {
        await using (var truncate = new NpgsqlCommand($"TRUNCATE {string.Join(", ", Tables.Select(t => $"{schema}.{t}"))}", connection))
        {
            await truncate.ExecuteNonQueryAsync(ct);
        }

        foreach (var (table, level) in new[] { (GeoPackageSchema.Provinces, UnitLevel.Province), (GeoPackageSchema.Districts, UnitLevel.District), (GeoPackageSchema.Communes, UnitLevel.Commune) })
        {
            var units = project.Map.AtLevel(level).ToList();
            await CopyAsync(connection, $"{schema}.{table} ({UnitColumns})", ProjectToRows.Units(units).Zip(units), pair =>
            {
                var (r, unit) = pair;
                return
                [
                    r.Fid, r.Geometry, r.Code, r.Name, r.FullName, r.Type, r.ParentCode, r.Population, r.PopulationYear, r.PopulationSource,
                    unit.OfficialPopulation?.Value, unit.OfficialPopulation?.Year, unit.OfficialPopulation?.Source, r.AreaKm2, r.OfficialAreaKm2,
                    r.OfficialAreaYear, r.OfficialAreaSource, r.Region, r.GeometryStatus, r.GeometryNote,
                ];
            }, ct);
        }

        await CopyAsync(connection, $"{schema}.{GeoPackageSchema.UnassignedAreas} (fid, geom, name, parent_code, area_km2, geometry_status, geometry_note, covers_codes)",
            ProjectToRows.Unassigned(project.Map.Unassigned), r => [r.Fid, r.Geometry, r.Name, r.ParentCode, r.AreaKm2, r.GeometryStatus, r.GeometryNote, r.CoversCodes], ct);
        await CopyAsync(connection, $"{schema}.{GeoPackageSchema.SpecialFactors} (fid, code, kind, reason, source, value)",
            ProjectToRows.SpecialFactors(project.Map.Units), r => [r.Fid, r.Code, r.Kind, r.Reason, r.Source, r.Value], ct);
        await CopyAsync(connection, $"{schema}.{GeoPackageSchema.FigureDoubts} (fid, code, figure, reason, source)",
            ProjectToRows.Doubts(project.Map.Units), r => [r.Fid, r.Code, r.Figure, r.Reason, r.Source], ct);
        await CopyAsync(connection, $"{schema}.{GeoPackageSchema.DataIssues} (fid, severity, kind, message, file, feature_index, code, lon, lat, magnitude)",
            ProjectToRows.Issues(project.Issues), r => [r.Fid, r.Severity, r.Kind, r.Message, r.File, r.FeatureIndex, r.Code, r.Lon, r.Lat, r.Magnitude], ct);
        await CopyAsync(connection, $"{schema}.{GeoPackageSchema.ProjectMetadata} (fid, key, value)",
            ProjectToRows.Metadata(project.Metadata, project.Crosswalk?.Source), r => [r.Fid, r.Key, r.Value], ct);
        await CopyAsync(connection, $"{schema}.{GeoPackageSchema.CodeCrosswalk} (fid, old_code, old_name, old_province, new_code, new_name, share)",
            ProjectToRows.Crosswalk(project.Crosswalk), r => [r.Fid, r.OldCode, r.OldName, r.OldProvince, r.NewCode, r.NewName, r.Share], ct);
    }

    /// <summary>Copies rows into <paramref name="target"/> ("schema.table (columns)"), each row's values in the columns' order, a null as NULL.</summary>
    /// <remarks>The column types follow from the values (long → bigint, int → integer, double → double precision, string → text, geometry → geometry), as the tables declare them.</remarks>
    private static async Task CopyAsync<T>(NpgsqlConnection connection, string target, IEnumerable<T> rows, Func<T, object?[]> values, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            var fields = values(row);
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] ??= DBNull.Value;
            }

            await copy.WriteRowAsync(ct, fields!);
        }

        await copy.CompleteAsync(ct);
    }
}
