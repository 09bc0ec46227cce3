using System.Text.Json.Nodes;
using Npgsql;
using NpgsqlTypes;

namespace Boundaries.Data.Store.Postgis;

/// <summary>One change to a shared project: who, what, on which subject, and the values before and after.</summary>
/// <param name="Who">The person (web account); null: the database user of the connection.</param>
/// <param name="Action">import, scenario-save, scenario-submit, unit-fact, …</param>
/// <param name="Subject">What was changed: a dataset, a scenario id, a unit code.</param>
/// <param name="Scenario">The scenario concerned, if any.</param>
/// <param name="Before">The values before the change (null when there were none).</param>
/// <param name="After">The values after, or the operation applied.</param>
public sealed record AuditEntry(string? Who, string Action, string Subject, string? Scenario, JsonNode? Before, JsonNode? After)
{
    /// <summary>The entry's number in the log (increasing), once recorded.</summary>
    public long Id { get; init; }

    /// <summary>When the change was recorded, once recorded.</summary>
    public DateTimeOffset At { get; init; }
}

/// <summary>The append-only audit_log table of a project schema; a trigger refuses UPDATE, DELETE and TRUNCATE.</summary>
public static class AuditLog
{
    /// <summary>Appends an entry inside the caller's transaction, so the change and its record commit together.</summary>
    internal static async Task AppendAsync(NpgsqlConnection connection, string schema, AuditEntry entry, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {schema}.audit_log (who, action, subject, scenario, before, after) VALUES (COALESCE(@who, current_user), @action, @subject, @scenario, @before, @after)",
            connection);
        command.Parameters.Add(new NpgsqlParameter("who", NpgsqlDbType.Text) { Value = (object?)entry.Who ?? DBNull.Value });
        command.Parameters.AddWithValue("action", entry.Action);
        command.Parameters.AddWithValue("subject", entry.Subject);
        command.Parameters.Add(new NpgsqlParameter("scenario", NpgsqlDbType.Text) { Value = (object?)entry.Scenario ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("before", NpgsqlDbType.Jsonb) { Value = (object?)entry.Before?.ToJsonString() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Jsonb) { Value = (object?)entry.After?.ToJsonString() ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The log in the order it was written, all of it or one scenario's.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> ReadAsync(PostgisLocation location, string? scenario = null, CancellationToken ct = default)
    {
        await using var connection = await PostgisDatabase.OpenAsync(location, ct);
        if (await PostgisMigrations.CurrentVersionAsync(connection, location, ct) is null)
        {
            throw new InputDataException(location.Display, $"schema {location.Schema} holds no Boundaries project");
        }

        await using var command = new NpgsqlCommand(
            $"SELECT id, at, who, action, subject, scenario, before::text, after::text FROM {location.Schema}.audit_log WHERE @scenario::text IS NULL OR scenario = @scenario ORDER BY id",
            connection);
        command.Parameters.Add(new NpgsqlParameter("scenario", NpgsqlDbType.Text) { Value = (object?)scenario ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(ct))
        {
            entries.Add(new AuditEntry(
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : JsonNode.Parse(reader.GetString(6)),
                reader.IsDBNull(7) ? null : JsonNode.Parse(reader.GetString(7)))
            {
                Id = reader.GetInt64(0),
                At = reader.GetFieldValue<DateTimeOffset>(1),
            });
        }

        return entries;
    }
}
