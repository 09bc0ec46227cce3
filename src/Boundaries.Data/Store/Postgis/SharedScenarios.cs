using System.Text.Json.Nodes;
using Npgsql;
using NpgsqlTypes;

namespace Boundaries.Data.Store.Postgis;

/// <summary>The scenarios of a shared project as versioned records: a save names the version it started from and is refused when someone saved since, or when the scenario is submitted.</summary>
/// <remarks>
/// Every save and every lock appends to audit_log with the version before and after, in the same transaction. The row
/// of the scenario is locked (SELECT … FOR UPDATE) while the version is compared, so of two editors saving at the same
/// moment from the same version, exactly one wins and the other is told who won.
/// </remarks>
/// <param name="location">The shared project.</param>
/// <param name="actor">Who saves (a web account); null: the database user of the connection.</param>
public sealed class SharedScenarios(PostgisLocation location, string? actor = null)
{
    /// <summary>The current version of a scenario and its JSON text, or null when there is no such scenario.</summary>
    public async Task<(SharedScenarioVersion Version, string Json)?> GetAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand($"SELECT {Columns}, body::text FROM {location.Schema}.scenarios WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (Read(reader), reader.GetString(7)) : null;
    }

    /// <summary>Every scenario's current version, by id.</summary>
    public async Task<IReadOnlyList<SharedScenarioVersion>> ListAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM {location.Schema}.scenarios ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<SharedScenarioVersion>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(Read(reader));
        }

        return list;
    }

    /// <summary>Saves a new version of the scenario, made from version <paramref name="baseVersion"/> (0: a new scenario).</summary>
    /// <exception cref="ScenarioConflictException">Someone saved a version after <paramref name="baseVersion"/>, or the scenario is submitted.</exception>
    public async Task<SharedScenarioVersion> SaveAsync(string id, string json, int baseVersion, string change, CancellationToken ct = default)
    {
        var body = JsonNode.Parse(json) ?? throw new ArgumentException("the scenario is empty", nameof(json));
        await using var connection = await OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var current = await CurrentForUpdateAsync(connection, id, ct);
        if (current is { } c)
        {
            RefuseIfLocked(c.Version);
            if (c.Version.Version != baseVersion)
            {
                throw ScenarioConflictException.Stale(c.Version, baseVersion);
            }
        }
        else if (baseVersion != 0)
        {
            throw new InputDataException(location.Display, $"no scenario '{id}' to save a version {baseVersion + 1} of");
        }

        var version = baseVersion + 1;
        await using (var upsert = new NpgsqlCommand(
            $"""
            INSERT INTO {location.Schema}.scenarios (id, version, body, saved_by, saved_at, change)
            VALUES (@id, @version, @body, COALESCE(@who, current_user), clock_timestamp(), @change)
            ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, body = EXCLUDED.body, saved_by = EXCLUDED.saved_by, saved_at = EXCLUDED.saved_at, change = EXCLUDED.change;
            INSERT INTO {location.Schema}.scenario_versions (id, version, body, saved_by, saved_at, change)
            SELECT id, version, body, saved_by, saved_at, change FROM {location.Schema}.scenarios WHERE id = @id
            """,
            connection))
        {
            upsert.Parameters.AddWithValue("id", id);
            upsert.Parameters.AddWithValue("version", version);
            upsert.Parameters.Add(new NpgsqlParameter("body", NpgsqlDbType.Jsonb) { Value = body.ToJsonString() });
            upsert.Parameters.Add(new NpgsqlParameter("who", NpgsqlDbType.Text) { Value = (object?)actor ?? DBNull.Value });
            upsert.Parameters.AddWithValue("change", change);
            await upsert.ExecuteNonQueryAsync(ct);
        }

        var before = current is { } old ? new JsonObject { ["version"] = old.Version.Version, ["scenario"] = JsonNode.Parse(old.Json) } : null;
        await AuditLog.AppendAsync(connection, location.Schema, new AuditEntry(actor, "scenario-save", change, id, before, new JsonObject { ["version"] = version, ["scenario"] = body }), ct);
        var saved = (await CurrentForUpdateAsync(connection, id, ct))!.Value.Version;
        await transaction.CommitAsync(ct);
        return saved;
    }

    /// <summary>Locks the scenario as submitted (the version in the dossier): nobody can save it afterwards.</summary>
    public async Task<SharedScenarioVersion> SubmitAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var current = await CurrentForUpdateAsync(connection, id, ct) ?? throw new InputDataException(location.Display, $"no scenario '{id}' to submit");
        RefuseIfLocked(current.Version);
        await using (var update = new NpgsqlCommand($"UPDATE {location.Schema}.scenarios SET submitted_by = COALESCE(@who, current_user), submitted_at = clock_timestamp() WHERE id = @id", connection))
        {
            update.Parameters.AddWithValue("id", id);
            update.Parameters.Add(new NpgsqlParameter("who", NpgsqlDbType.Text) { Value = (object?)actor ?? DBNull.Value });
            await update.ExecuteNonQueryAsync(ct);
        }

        await AuditLog.AppendAsync(connection, location.Schema, new AuditEntry(actor, "scenario-submit", $"Khóa phiên bản {current.Version.Version} (đã trình)", id, new JsonObject { ["status"] = "draft", ["version"] = current.Version.Version }, new JsonObject { ["status"] = "submitted", ["version"] = current.Version.Version }), ct);
        var locked = (await CurrentForUpdateAsync(connection, id, ct))!.Value.Version;
        await transaction.CommitAsync(ct);
        return locked;
    }

    private const string Columns = "id, version, saved_by, saved_at, change, submitted_by, submitted_at";

    private static void RefuseIfLocked(SharedScenarioVersion current)
    {
        if (current.IsSubmitted)
        {
            throw ScenarioConflictException.Submitted(current);
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        var connection = await PostgisDatabase.OpenAsync(location, ct);
        if (await PostgisMigrations.CurrentVersionAsync(connection, location, ct) is not { } v || v < 3)
        {
            await connection.DisposeAsync();
            throw new InputDataException(location.Display, $"schema {location.Schema} holds no Boundaries project with shared scenarios (import one first)");
        }

        return connection;
    }

    // The advisory lock serialises savers of one scenario even before its first row exists (FOR UPDATE locks rows only).
    private async Task<(SharedScenarioVersion Version, string Json)?> CurrentForUpdateAsync(NpgsqlConnection connection, string id, CancellationToken ct)
    {
        await using (var serialise = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext(@key))", connection))
        {
            serialise.Parameters.AddWithValue("key", $"boundaries-scenario:{location.Schema}:{id}");
            await serialise.ExecuteNonQueryAsync(ct);
        }

        await using var command = new NpgsqlCommand($"SELECT {Columns}, body::text FROM {location.Schema}.scenarios WHERE id = @id FOR UPDATE", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (Read(reader), reader.GetString(7)) : null;
    }

    private static SharedScenarioVersion Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3), r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetFieldValue<DateTimeOffset>(6));
}
