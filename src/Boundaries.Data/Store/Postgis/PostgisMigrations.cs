using System.Reflection;
using Npgsql;

namespace Boundaries.Data.Store.Postgis;

/// <summary>Brings a project schema to the layout this version of Boundaries writes, by ordered, numbered SQL scripts.</summary>
/// <remarks>
/// The scripts are Migrations/NNN_name.sql, embedded in the assembly; schema_version records each one applied (number,
/// name, when, by whom). A script is never edited once released: a change of layout is a new script. Migrating takes
/// a transaction-scoped advisory lock on the schema, so two programs starting at once do not both apply a script.
/// </remarks>
internal static class PostgisMigrations
{
    private const string Prefix = "Boundaries.Data.Store.Postgis.Migrations.";

    /// <summary>The scripts in order: (number, name, SQL).</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts { get; } = LoadScripts();

    /// <summary>The newest layout version this code knows.</summary>
    public static int Latest => Scripts[^1].Version;

    /// <summary>Creates the schema if needed and applies the scripts it lacks, inside the caller's transaction.</summary>
    public static async Task MigrateAsync(NpgsqlConnection connection, PostgisLocation location, CancellationToken ct)
    {
        await ExecuteAsync(connection, $"CREATE SCHEMA IF NOT EXISTS {location.Schema}", ct);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('boundaries:' || @schema))", connection))
        {
            lockCommand.Parameters.AddWithValue("schema", location.Schema);
            await lockCommand.ExecuteNonQueryAsync(ct);
        }

        await EnsurePostgisAsync(connection, location, ct);
        await ExecuteAsync(
            connection,
            $"""
            CREATE TABLE IF NOT EXISTS {location.Schema}.schema_version (
              version integer PRIMARY KEY, name text NOT NULL,
              applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL DEFAULT current_user)
            """,
            ct);
        var current = await CurrentVersionAsync(connection, location, ct) ?? 0;
        if (current > Latest)
        {
            throw new ProjectDatabaseException(location.Display, $"made by a newer Boundaries (layout {current}; this version knows up to {Latest})");
        }

        foreach (var (version, name, sql) in Scripts.Where(s => s.Version > current))
        {
            await ExecuteAsync(connection, sql, ct);
            await using var record = new NpgsqlCommand($"INSERT INTO {location.Schema}.schema_version (version, name) VALUES (@v, @n)", connection);
            record.Parameters.AddWithValue("v", version);
            record.Parameters.AddWithValue("n", name);
            await record.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The layout version of the schema, or null when the schema holds no Boundaries project.</summary>
    public static async Task<int?> CurrentVersionAsync(NpgsqlConnection connection, PostgisLocation location, CancellationToken ct)
    {
        await using var exists = new NpgsqlCommand("SELECT to_regclass(@t) IS NOT NULL", connection);
        exists.Parameters.AddWithValue("t", $"{location.Schema}.schema_version");
        if (!(bool)(await exists.ExecuteScalarAsync(ct))!)
        {
            return null;
        }

        await using var command = new NpgsqlCommand($"SELECT max(version) FROM {location.Schema}.schema_version", connection);
        return await command.ExecuteScalarAsync(ct) is int v ? v : null;
    }

    private static async Task EnsurePostgisAsync(NpgsqlConnection connection, PostgisLocation location, CancellationToken ct)
    {
        await using var check = new NpgsqlCommand("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'", connection);
        if ((long)(await check.ExecuteScalarAsync(ct))! > 0)
        {
            return;
        }

        try
        {
            await ExecuteAsync(connection, "CREATE EXTENSION postgis SCHEMA public", ct);
        }
        catch (PostgresException e)
        {
            throw new ProjectDatabaseException(location.Display, $"PostGIS is not enabled in this database and this user may not enable it ({e.MessageText}); ask the administrator to run CREATE EXTENSION postgis", e);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static List<(int, string, string)> LoadScripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n[Prefix.Length..^4];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (int.Parse(name[..3], System.Globalization.CultureInfo.InvariantCulture), name, reader.ReadToEnd());
            })
            .OrderBy(s => s.Item1)
            .ToList();
        return scripts.Count > 0 ? scripts : throw new InvalidOperationException("no migration scripts embedded");
    }
}
