using Npgsql;

namespace Boundaries.Data.Store.Postgis;

/// <summary>The people who may open the web planner of a shared project: a name, a bcrypt hash of the password, a role.</summary>
/// <remarks>
/// Passwords are hashed with BCrypt.Net-Next (work factor 11) and never stored or logged; a wrong name and a wrong
/// password are told apart to nobody. Roles: "viewer" reads, "editor" also changes scenarios.
/// </remarks>
public sealed class ProjectAccounts(PostgisLocation location)
{
    /// <summary>The roles an account can have.</summary>
    public static readonly IReadOnlyList<string> Roles = ["viewer", "editor"];

    /// <summary>Adds the account, or replaces its password and role when the name exists.</summary>
    public async Task SetAsync(string name, string password, string role, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrEmpty(password);
        if (!Roles.Contains(role))
        {
            throw new ArgumentException($"role '{role}' is not one of {string.Join(", ", Roles)}", nameof(role));
        }

        var hash = BCrypt.Net.BCrypt.EnhancedHashPassword(password, workFactor: 11);
        await using var connection = await PostgisDatabase.OpenAsync(location, ct);
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {location.Schema}.accounts (name, password_hash, role) VALUES (@n, @h, @r) ON CONFLICT (name) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role",
            connection);
        command.Parameters.AddWithValue("n", name);
        command.Parameters.AddWithValue("h", hash);
        command.Parameters.AddWithValue("r", role);
        try
        {
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == "42P01")
        {
            throw new InputDataException(location.Display, $"schema {location.Schema} holds no Boundaries project (import one first)");
        }
    }

    /// <summary>The role of the account when the password is right; null otherwise.</summary>
    public async Task<string?> RoleOfAsync(string name, string password, CancellationToken ct = default)
    {
        await using var connection = await PostgisDatabase.OpenAsync(location, ct);
        await using var command = new NpgsqlCommand($"SELECT password_hash, role FROM {location.Schema}.accounts WHERE name = @n", connection);
        command.Parameters.AddWithValue("n", name);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        return BCrypt.Net.BCrypt.EnhancedVerify(password, reader.GetString(0)) ? reader.GetString(1) : null;
    }
}
