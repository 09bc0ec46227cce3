using Boundaries.Data.Store.Postgis;
using Npgsql;

namespace Boundaries.Data.Tests.Store.Postgis;

/// <summary>A test that needs the real PostgreSQL/PostGIS server named by BOUNDARIES_TEST_PG (tests/postgis/start-cluster.sh starts one).</summary>
/// <remarks>
/// Without the variable the test is skipped with the reason, on a developer's machine; CI sets BOUNDARIES_REQUIRE_PG=1,
/// so there a missing server fails the test instead of skipping it.
/// </remarks>
public sealed class PostgisFactAttribute : FactAttribute
{
    public PostgisFactAttribute()
    {
        if (PostgisTestDatabase.Server is null && Environment.GetEnvironmentVariable("BOUNDARIES_REQUIRE_PG") != "1")
        {
            Skip = "needs PostgreSQL with PostGIS: run eval \"$(tests/postgis/start-cluster.sh)\" to set BOUNDARIES_TEST_PG";
        }
    }
}

/// <summary>A fresh project schema on the test server, dropped afterwards.</summary>
public sealed class PostgisTestDatabase : IDisposable
{
    public PostgisTestDatabase(string prefix = "t")
    {
        var server = Server ?? throw new InvalidOperationException("BOUNDARIES_TEST_PG is not set: start the test cluster with tests/postgis/start-cluster.sh");
        Schema = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(40, prefix.Length + 33)];
        Address = $"{server}?schema={Schema}";
        Location = PostgisLocation.Parse(Address);
    }

    /// <summary>postgresql://user@host:port/database of the test server, or null when none is configured.</summary>
    public static string? Server => Environment.GetEnvironmentVariable("BOUNDARIES_TEST_PG") is { Length: > 0 } s ? s : null;

    /// <summary>The schema of this test's project.</summary>
    public string Schema { get; }

    /// <summary>postgresql://…?schema=…, as a user would type it.</summary>
    public string Address { get; }

    public PostgisLocation Location { get; }

    /// <summary>Runs SQL on the project's database (search_path: the schema, then public) and returns the first column of the first row.</summary>
    public object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(Location.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        try
        {
            using var connection = new NpgsqlConnection(Location.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE", connection);
            command.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // A leftover schema in a throw-away cluster is harmless.
        }
    }
}
