using System.Collections.Concurrent;
using System.Net.Sockets;
using Npgsql;

namespace Boundaries.Data.Store.Postgis;

/// <summary>Opens connections to a project's database with PostGIS geometries mapped to NetTopologySuite, one pool per address.</summary>
internal static class PostgisDatabase
{
    private static readonly ConcurrentDictionary<string, NpgsqlDataSource> Sources = new();

    /// <summary>An open connection whose search_path starts with the project's schema.</summary>
    public static async Task<NpgsqlConnection> OpenAsync(PostgisLocation location, CancellationToken cancellationToken)
    {
        var source = Sources.GetOrAdd(location.ConnectionString, cs =>
        {
            var builder = new NpgsqlDataSourceBuilder(cs);
            builder.UseNetTopologySuite();
            return builder.Build();
        });
        try
        {
            return await source.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            throw Explain(location, e);
        }
    }

    /// <summary>A one-line reason for a failure of the server, in the terms a planner can pass on to the administrator.</summary>
    public static ProjectDatabaseException Explain(PostgisLocation location, Exception e) => e switch
    {
        PostgresException { SqlState: "28P01" or "28000" } => new(location.Display, "the server refused the login (check the user name, PGPASSWORD, ~/.pgpass or the connections file)", e),
        PostgresException { SqlState: "3D000" } => new(location.Display, "no such database on the server", e),
        PostgresException { SqlState: "42501" } p => new(location.Display, $"permission denied ({p.MessageText})", e),
        PostgresException p => new(location.Display, $"the server refused: {p.MessageText}", e),
        _ => new(location.Display, $"cannot reach the server ({(e.InnerException ?? e).Message.TrimEnd('.')})", e),
    };
}
