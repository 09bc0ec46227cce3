using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>Reads a project from a GeoPackage file written by <see cref="GeoPackageWriter"/>.</summary>
internal static class GeoPackageReader
{
    /// <summary>Reads the project; throws <see cref="InputDataException"/> naming the file when it is not a readable Boundaries project.</summary>
    public static async Task<BoundaryProject> ReadAsync(string file, CancellationToken cancellationToken)
    {
        GeoPackageHeader.Check(file);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var context = new GeoPackageContext(connection);
            await CheckMarkerAsync(file, context, cancellationToken);
            await CheckValuesAsync(file, connection, cancellationToken);
            return await ReadProjectAsync(file, context, cancellationToken);
        }
        catch (SqliteException e)
        {
            // The file is the user's input: a missing table or a corrupt page is a problem of the file, not a bug.
            throw new InputDataException(file, $"cannot be read as a Boundaries project: {e.Message}");
        }
    }

    private static Task<bool> HasTableAsync(GeoPackageContext context, string table, CancellationToken cancellationToken) =>
        context.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name = {0}", table).AnyAsync(cancellationToken);

    /// <summary>True when the file opens as SQLite and has the project metadata table.</summary>
    public static async Task<bool> IsProjectAsync(string file, CancellationToken cancellationToken)
    {
        GeoPackageHeader.Check(file);
        try
        {
            var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
            command.Parameters.AddWithValue("$name", GeoPackageSchema.ProjectMetadata);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private static async Task CheckMarkerAsync(string file, GeoPackageContext context, CancellationToken cancellationToken)
    {
        var hasMetadata = await context.Database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name = {0}", GeoPackageSchema.ProjectMetadata)
            .AnyAsync(cancellationToken);
        var format = hasMetadata
            ? await context.Metadata.AsNoTracking().Where(r => r.Key == ProjectFormat.FormatKey).Select(r => r.Value).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (format != ProjectFormat.Marker)
        {
            throw new InputDataException(file, $"a GeoPackage, but not a Boundaries project (no '{ProjectFormat.FormatKey} = {ProjectFormat.Marker}' in table {GeoPackageSchema.ProjectMetadata})");
        }

        var versionText = await context.Metadata.AsNoTracking()
            .Where(r => r.Key == ProjectFormat.FormatVersionKey).Select(r => r.Value).FirstOrDefaultAsync(cancellationToken);
        if (!int.TryParse(versionText, out var version) || version < 1)
        {
            throw new InputDataException(file, $"table {GeoPackageSchema.ProjectMetadata}: '{ProjectFormat.FormatVersionKey}' is '{versionText}', not a format version");
        }

        if (version > ProjectFormat.Version)
        {
            throw new InputDataException(file, $"made by a newer Boundaries (project format {version}; this version reads up to {ProjectFormat.Version})");
        }
    }

    // SQLite keeps what it is given: text typed into an INTEGER column by hand would be read as 0, so check the types first.
    private static async Task CheckValuesAsync(string file, SqliteConnection connection, CancellationToken cancellationToken)
    {
        foreach (var table in new[] { GeoPackageSchema.Provinces, GeoPackageSchema.Districts, GeoPackageSchema.Communes })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT fid, quote(code), quote(population) FROM {table}
                WHERE typeof(code) <> 'text' OR (population IS NOT NULL AND typeof(population) <> 'integer')
                   OR ({GeoPackageSchema.GeometryColumn} IS NOT NULL AND typeof({GeoPackageSchema.GeometryColumn}) <> 'blob') LIMIT 1
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                throw new InputDataException(file, $"table {table}, fid {reader.GetInt64(0)}: code {Cut(reader.GetString(1))} or population {Cut(reader.GetString(2))} or geometry is not of its type; the file was edited by hand");
            }
        }
    }

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static async Task<BoundaryProject> ReadProjectAsync(string file, GeoPackageContext context, CancellationToken cancellationToken)
    {
        var layers = new List<(string, UnitLevel, IReadOnlyList<UnitFeatureRow>)>();
        foreach (var (table, level) in new[]
                 {
                     (GeoPackageSchema.Provinces, UnitLevel.Province),
                     (GeoPackageSchema.Districts, UnitLevel.District),
                     (GeoPackageSchema.Communes, UnitLevel.Commune),
                 })
        {
            layers.Add((table, level, await Rows(file, table, () => context.UnitLayer(table).AsNoTracking().OrderBy(r => r.Fid).ToListAsync(cancellationToken))));
        }

        var factors = await Rows(file, GeoPackageSchema.SpecialFactors, () => context.SpecialFactors.AsNoTracking().OrderBy(r => r.Fid).ToListAsync(cancellationToken));
        var unassigned = await Rows(file, GeoPackageSchema.UnassignedAreas, () => context.UnassignedAreas.AsNoTracking().OrderBy(r => r.Fid).ToListAsync(cancellationToken));
        var issues = await Rows(file, GeoPackageSchema.DataIssues, () => context.DataIssues.AsNoTracking().OrderBy(r => r.Fid).ToListAsync(cancellationToken));
        var metadata = await Rows(file, GeoPackageSchema.ProjectMetadata, () => context.Metadata.AsNoTracking().OrderBy(r => r.Fid).ToListAsync(cancellationToken));
        var officialPopulations = await HasTableAsync(context, GeoPackageSchema.OfficialPopulations, cancellationToken)
            ? await Rows(file, GeoPackageSchema.OfficialPopulations, () => context.OfficialPopulations.AsNoTracking().OrderBy(r => r.Fid).ToListAsync(cancellationToken))
            : [];
        var doubts = await HasTableAsync(context, GeoPackageSchema.FigureDoubts, cancellationToken)
            ? await Rows(file, GeoPackageSchema.FigureDoubts, () => context.FigureDoubts.AsNoTracking().OrderBy(r => r.Fid).ToListAsync(cancellationToken))
            : [];

        var crosswalk = await HasTableAsync(context, GeoPackageSchema.CodeCrosswalk, cancellationToken)
            ? await context.Crosswalk.AsNoTracking().OrderBy(r => r.Fid).ToListAsync(cancellationToken)
            : [];

        var rows = new RowsToProject(file);
        var units = rows.WithOfficialFigures(rows.Units(layers, factors), officialPopulations, doubts);
        var map = new AdminMap(units, rows.Unassigned(unassigned));
        var projectMetadata = rows.Metadata(metadata);
        return new BoundaryProject(map, projectMetadata, rows.Issues(issues))
        {
            Crosswalk = crosswalk.Count == 0 ? null : rows.Crosswalk(crosswalk, metadata, projectMetadata.Baseline),
        };
    }

    // A geometry blob that does not decode, or a value of the wrong type (text where a number belongs), is a
    // problem of the user's file: EF wraps the decoder's exception, so the innermost message is the one to show.
    private static async Task<List<T>> Rows<T>(string file, string table, Func<Task<List<T>>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or InvalidCastException
                                      or OverflowException or EndOfStreamException or IndexOutOfRangeException or NetTopologySuite.IO.ParseException)
        {
            var inner = e;
            while (inner.InnerException is not null)
            {
                inner = inner.InnerException;
            }

            throw new InputDataException(file, $"table {table}: a row cannot be read ({inner.Message.ReplaceLineEndings(" ").TrimEnd('.')}); the file is damaged or was edited by hand");
        }
    }
}
