using Boundaries.Core.Units;
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
            layers.Add((table, level, await context.UnitLayer(table).AsNoTracking().OrderBy(r => r.Fid).ToListAsync(cancellationToken)));
        }

        var factors = await context.SpecialFactors.AsNoTracking().OrderBy(r => r.Fid).ToListAsync(cancellationToken);
        var unassigned = await context.UnassignedAreas.AsNoTracking().OrderBy(r => r.Fid).ToListAsync(cancellationToken);
        var issues = await context.DataIssues.AsNoTracking().OrderBy(r => r.Fid).ToListAsync(cancellationToken);
        var metadata = await context.Metadata.AsNoTracking().OrderBy(r => r.Fid).ToListAsync(cancellationToken);
        var officialPopulations = await HasTableAsync(context, GeoPackageSchema.OfficialPopulations, cancellationToken)
            ? await context.OfficialPopulations.AsNoTracking().OrderBy(r => r.Fid).ToListAsync(cancellationToken)
            : [];
        var doubts = await HasTableAsync(context, GeoPackageSchema.FigureDoubts, cancellationToken)
            ? await context.FigureDoubts.AsNoTracking().OrderBy(r => r.Fid).ToListAsync(cancellationToken)
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
}
