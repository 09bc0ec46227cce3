namespace Boundaries.Data.Store.Postgis;

/// <summary>Named project databases kept in a settings file, so that the password never goes on a command line.</summary>
/// <remarks>
/// The file is JSON: <c>{ "tra-vinh": { "url": "postgresql://planner@db.local/boundaries?schema=tra_vinh", "password": "…" } }</c>;
/// "password" is optional (PGPASSWORD and ~/.pgpass work too). Its place: BOUNDARIES_CONNECTIONS, else
/// $XDG_CONFIG_HOME/boundaries/connections.json, else ~/.config/boundaries/connections.json. Keep it readable by its owner only.
/// </remarks>
public static class ConnectionsFile
{
    /// <summary>The file that is read, whether or not it exists.</summary>
    public static string DefaultPath()
    {
        if (Environment.GetEnvironmentVariable("BOUNDARIES_CONNECTIONS") is { Length: > 0 } given)
        {
            return given;
        }

        var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        return Path.Combine(config, "boundaries", "connections.json");
    }

    /// <summary>The named entry of the file, or null when there is no file or no such name.</summary>
    /// <exception cref="InputDataException">The file is not valid JSON or the entry has no usable url.</exception>
    public static PostgisLocation? Find(string name, string? file = null)
    {
        file ??= DefaultPath();
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty(name, out var entry))
            {
                return null;
            }

            var url = entry.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString()! : throw new InputDataException(file, $"connection '{name}' has no \"url\"");
            var password = entry.TryGetProperty("password", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            return PostgisLocation.Parse(url, password);
        }
        catch (JsonException e)
        {
            throw new InputDataException(file, $"not valid JSON ({e.Message})");
        }
        catch (FormatException e)
        {
            throw new InputDataException(file, $"connection '{name}': {e.Message}");
        }
    }
}
