using Boundaries.Data.Store.GeoPackage;
using Npgsql;
using NpgsqlTypes;

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
            await using var copy = await connection.BeginBinaryImportAsync($"COPY {schema}.{table} ({UnitColumns}) FROM STDIN (FORMAT BINARY)", ct);
            var units = project.Map.AtLevel(level).ToList();
            foreach (var (r, unit) in ProjectToRows.Units(units).Zip(units))
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(r.Fid, NpgsqlDbType.Bigint, ct);
                await Nullable(copy, r.Geometry, NpgsqlDbType.Geometry, ct);
                await copy.WriteAsync(r.Code, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(r.Name, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(r.FullName, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(r.Type, NpgsqlDbType.Text, ct);
                await Nullable(copy, r.ParentCode, NpgsqlDbType.Text, ct);
                await Nullable(copy, r.Population, NpgsqlDbType.Bigint, ct);
                await Nullable(copy, r.PopulationYear, NpgsqlDbType.Integer, ct);
                await Nullable(copy, r.PopulationSource, NpgsqlDbType.Text, ct);
                await Nullable(copy, unit.OfficialPopulation?.Value, NpgsqlDbType.Bigint, ct);
                await Nullable(copy, unit.OfficialPopulation?.Year, NpgsqlDbType.Integer, ct);
                await Nullable(copy, unit.OfficialPopulation?.Source, NpgsqlDbType.Text, ct);
                await Nullable(copy, r.AreaKm2, NpgsqlDbType.Double, ct);
                await Nullable(copy, r.OfficialAreaKm2, NpgsqlDbType.Double, ct);
                await Nullable(copy, r.OfficialAreaYear, NpgsqlDbType.Integer, ct);
                await Nullable(copy, r.OfficialAreaSource, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(r.Region, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(r.GeometryStatus, NpgsqlDbType.Text, ct);
                await Nullable(copy, r.GeometryNote, NpgsqlDbType.Text, ct);
            }

            await copy.CompleteAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            $"COPY {schema}.{GeoPackageSchema.UnassignedAreas} (fid, geom, name, parent_code, area_km2, geometry_status, geometry_note, covers_codes) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var r in ProjectToRows.Unassigned(project.Map.Unassigned))
            {
                await copy.WriteRowAsync(ct, r.Fid, r.Geometry, r.Name, (object?)r.ParentCode ?? DBNull.Value, r.AreaKm2, r.GeometryStatus, r.GeometryNote, r.CoversCodes);
            }

            await copy.CompleteAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            $"COPY {schema}.{GeoPackageSchema.SpecialFactors} (fid, code, kind, reason, source, value) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var r in ProjectToRows.SpecialFactors(project.Map.Units))
            {
                await copy.WriteRowAsync(ct, r.Fid, r.Code, r.Kind, r.Reason, r.Source, (object?)r.Value ?? DBNull.Value);
            }

            await copy.CompleteAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            $"COPY {schema}.{GeoPackageSchema.FigureDoubts} (fid, code, figure, reason, source) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var r in ProjectToRows.Doubts(project.Map.Units))
            {
                await copy.WriteRowAsync(ct, r.Fid, r.Code, r.Figure, r.Reason, r.Source);
            }

            await copy.CompleteAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            $"COPY {schema}.{GeoPackageSchema.DataIssues} (fid, severity, kind, message, file, feature_index, code, lon, lat, magnitude) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var r in ProjectToRows.Issues(project.Issues))
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(r.Fid, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(r.Severity, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(r.Kind, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(r.Message, NpgsqlDbType.Text, ct);
                await Nullable(copy, r.File, NpgsqlDbType.Text, ct);
                await Nullable(copy, r.FeatureIndex, NpgsqlDbType.Integer, ct);
                await Nullable(copy, r.Code, NpgsqlDbType.Text, ct);
                await Nullable(copy, r.Lon, NpgsqlDbType.Double, ct);
                await Nullable(copy, r.Lat, NpgsqlDbType.Double, ct);
                await Nullable(copy, r.Magnitude, NpgsqlDbType.Double, ct);
            }

            await copy.CompleteAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync($"COPY {schema}.{GeoPackageSchema.ProjectMetadata} (fid, key, value) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var r in ProjectToRows.Metadata(project.Metadata, project.Crosswalk?.Source))
            {
                await copy.WriteRowAsync(ct, r.Fid, r.Key, r.Value);
            }

            await copy.CompleteAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            $"COPY {schema}.{GeoPackageSchema.CodeCrosswalk} (fid, old_code, old_name, old_province, new_code, new_name, share) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var r in ProjectToRows.Crosswalk(project.Crosswalk))
            {
                await copy.WriteRowAsync(ct, r.Fid, r.OldCode, r.OldName, r.OldProvince, r.NewCode, r.NewName, r.Share);
            }

            await copy.CompleteAsync(ct);
        }
    }

    private static Task Nullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync<object>(value, type, ct);
}
