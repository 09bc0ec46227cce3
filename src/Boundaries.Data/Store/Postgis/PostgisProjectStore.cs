using System.Text.Json.Nodes;
using Npgsql;

namespace Boundaries.Data.Store.Postgis;

/// <summary>Keeps a project in one schema of a PostgreSQL/PostGIS database, shared by several planners.</summary>
/// <remarks>
/// Layers communes, districts, provinces and unassigned_areas (geometry(MultiPolygon, 4326) with a GiST index, the
/// GeoPackage's columns), attribute tables special_factors, data_issues and project_metadata, so QGIS opens them
/// directly. Saving migrates the schema, replaces every row and appends an "import" entry to audit_log in one
/// transaction: a failed save leaves the previous project and its log as they were.
/// </remarks>
public sealed class PostgisProjectStore(PostgisLocation location) : IProjectStore
{
    /// <summary>The project's address.</summary>
    public PostgisLocation Address { get; } = location;

    /// <summary>Who is recorded in the audit log; null: the database user of the connection.</summary>
    public string? Actor { get; init; }

    /// <inheritdoc />
    public string Location => Address.Display;

    /// <inheritdoc />
    public async Task SaveAsync(BoundaryProject project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var connection = await PostgisDatabase.OpenAsync(Address, cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await PostgisMigrations.MigrateAsync(connection, Address, cancellationToken);
            var before = await SummaryAsync(connection, cancellationToken);
            await PostgisWriter.WriteAsync(connection, Address.Schema, project, cancellationToken);
            var after = Summary(project);
            await AuditLog.AppendAsync(connection, Address.Schema, new AuditEntry(Actor, "import", project.Metadata.DatasetName, null, before, after), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException e)
        {
            throw PostgisDatabase.Explain(Address, e);
        }
    }

    /// <inheritdoc />
    public async Task<BoundaryProject> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await PostgisDatabase.OpenAsync(Address, cancellationToken);
        try
        {
            // One snapshot for every table, so a concurrent import is seen whole or not at all.
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
            var version = await PostgisMigrations.CurrentVersionAsync(connection, Address, cancellationToken)
                ?? throw new InputDataException(Address.Display, $"schema {Address.Schema} holds no Boundaries project (import one with 'boundaries import … --out {Address.Display}')");
            if (version > PostgisMigrations.Latest)
            {
                throw new InputDataException(Address.Display, $"made by a newer Boundaries (layout {version}; this version reads up to {PostgisMigrations.Latest})");
            }

            return await PostgisReader.ReadAsync(connection, Address, version, cancellationToken);
        }
        catch (PostgresException e)
        {
            throw PostgisDatabase.Explain(Address, e);
        }
    }

    private async Task<JsonObject?> SummaryAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT (SELECT value FROM {Address.Schema}.project_metadata WHERE key = 'dataset_name' LIMIT 1), " +
            $"(SELECT count(*) FROM {Address.Schema}.provinces), (SELECT count(*) FROM {Address.Schema}.districts), (SELECT count(*) FROM {Address.Schema}.communes)",
            connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return reader.IsDBNull(0)
            ? null
            : new JsonObject { ["dataset"] = reader.GetString(0), ["provinces"] = reader.GetInt64(1), ["districts"] = reader.GetInt64(2), ["communes"] = reader.GetInt64(3) };
    }

    private static JsonObject Summary(BoundaryProject project) => new()
    {
        ["dataset"] = project.Metadata.DatasetName,
        ["provinces"] = project.Map.AtLevel(Core.Units.UnitLevel.Province).Count(),
        ["districts"] = project.Map.AtLevel(Core.Units.UnitLevel.District).Count(),
        ["communes"] = project.Map.AtLevel(Core.Units.UnitLevel.Commune).Count(),
    };
}
