using Boundaries.Data.Import.Validation;

namespace Boundaries.Cli.Files;

/// <summary>The user's cache of Boundaries: $BOUNDARIES_CACHE, else $XDG_CACHE_HOME/boundaries, else ~/.cache/boundaries; BOUNDARIES_CACHE=off keeps nothing.</summary>
internal static class CacheFolder
{
    /// <summary>The record of polygon files found wholly valid, or null when the cache is off or there is no home folder.</summary>
    public static CheckedLayers? CheckedLayers()
    {
        var root = Root();
        return root is null ? null : new CheckedLayers(Path.Combine(root, "checked-layers"));
    }

    private static string? Root()
    {
        var named = Environment.GetEnvironmentVariable("BOUNDARIES_CACHE");
        if (named is { Length: > 0 })
        {
            return named.Equals("off", StringComparison.OrdinalIgnoreCase) ? null : named;
        }

        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "boundaries");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length == 0 ? null : Path.Combine(home, ".cache", "boundaries");
    }
}
