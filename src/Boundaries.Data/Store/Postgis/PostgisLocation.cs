using Npgsql;

namespace Boundaries.Data.Store.Postgis;

/// <summary>A project in a PostgreSQL/PostGIS database: the server, the database and the project's schema.</summary>
/// <remarks>
/// Written <c>postgresql://user@host:port/database?schema=name</c>. A password in the address is refused, so that it
/// never shows in a shell history, a process list or a log: the password comes from PGPASSWORD, ~/.pgpass (both read
/// by Npgsql) or a connections file (<see cref="ConnectionsFile"/>).
/// </remarks>
public sealed record PostgisLocation
{
    private PostgisLocation(NpgsqlConnectionStringBuilder builder, string schema, string display)
    {
        Builder = builder;
        Schema = schema;
        Display = display;
    }

    /// <summary>The project's schema: lower-case letters, digits and underscores, starting with a letter or underscore.</summary>
    public string Schema { get; }

    /// <summary>The address as shown to people: never holds a password.</summary>
    public string Display { get; }

    /// <summary>The connection string, with search_path set to the project's schema, then public (where PostGIS lives).</summary>
    public string ConnectionString => Builder.ConnectionString;

    private NpgsqlConnectionStringBuilder Builder { get; }

    /// <summary>Whether the text is written as a PostgreSQL address (postgresql:// or postgres://).</summary>
    public static bool IsAddress(string text) =>
        text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads an address; throws <see cref="FormatException"/> with a one-line reason when it is not usable.</summary>
    /// <param name="address">postgresql://user@host:port/database?schema=name[&amp;sslmode=…]</param>
    /// <param name="password">A password from a connections file, never from the command line.</param>
    public static PostgisLocation Parse(string address, string? password = null)
    {
        if (!IsAddress(address) || !Uri.TryCreate(address, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new FormatException("not a PostgreSQL address postgresql://user@host:port/database?schema=name");
        }

        if (uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            throw new FormatException("a password in the address is refused (it would show in shell history and process lists); use PGPASSWORD, ~/.pgpass or a connections file");
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length == 0)
        {
            throw new FormatException("the address names no database (postgresql://host/DATABASE?schema=name)");
        }

        var query = ParseQuery(uri.Query);
        if (!query.TryGetValue("schema", out var schema) || !IsSchemaName(schema))
        {
            throw new FormatException("the address needs ?schema=NAME, one schema per project (lower-case letters, digits, _)");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = database,
            SearchPath = $"{schema},public",
            ApplicationName = "boundaries",
        };
        if (uri.UserInfo.Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(uri.UserInfo);
        }

        if (password is not null)
        {
            builder.Password = password;
        }

        if (query.TryGetValue("sslmode", out var ssl))
        {
            builder.SslMode = Enum.TryParse<SslMode>(ssl, ignoreCase: true, out var mode) ? mode : throw new FormatException($"sslmode '{ssl}' is not one of {string.Join(", ", Enum.GetNames<SslMode>())}");
        }

        var user = uri.UserInfo.Length > 0 ? uri.UserInfo + "@" : "";
        return new PostgisLocation(builder, schema, $"postgresql://{user}{uri.Host}:{builder.Port}/{database}?schema={schema}");
    }

    /// <summary>The same server and database, another project schema.</summary>
    public PostgisLocation WithSchema(string schema)
    {
        if (!IsSchemaName(schema))
        {
            throw new FormatException($"'{schema}' is not a schema name (lower-case letters, digits, _)");
        }

        var builder = new NpgsqlConnectionStringBuilder(Builder.ConnectionString) { SearchPath = $"{schema},public" };
        return new PostgisLocation(builder, schema, Display[..(Display.LastIndexOf("?schema=", StringComparison.Ordinal) + 8)] + schema);
    }

    /// <inheritdoc />
    public override string ToString() => Display;

    private static bool IsSchemaName(string text) =>
        text.Length is > 0 and <= 63 && (char.IsAsciiLetterLower(text[0]) || text[0] == '_')
        && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');

    private static Dictionary<string, string> ParseQuery(string query) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]).ToLowerInvariant(), p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "");
}
