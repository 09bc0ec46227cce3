using Boundaries.Data.Store.Postgis;

namespace Boundaries.Cli;

/// <summary>What a PROJECT argument names: a shared project in PostgreSQL (an address or a named connection), or a path.</summary>
internal static class ProjectLocation
{
    /// <summary>The shared project the text names, or null when it names a file or folder.</summary>
    /// <remarks>
    /// A postgresql:// address is always a database; any other text is a database only when no such file or folder
    /// exists and the connections file (<see cref="ConnectionsFile"/>) has an entry of that name.
    /// </remarks>
    public static PostgisLocation? Database(string text)
    {
        if (PostgisLocation.IsAddress(text))
        {
            try
            {
                return PostgisLocation.Parse(text);
            }
            catch (FormatException e)
            {
                throw new UsageException($"{Redacted(text)}: {e.Message}");
            }
        }

        return File.Exists(text) || Directory.Exists(text) ? null : ConnectionsFile.Find(text);
    }

    /// <summary>The store that keeps a project at the place the user named for output: a database, or a GeoPackage file.</summary>
    public static IProjectStore Store(string text) =>
        Database(text) is { } database ? new PostgisProjectStore(database) : new GeoPackageProjectStore(text);

    /// <summary>The text with any password of a postgresql:// address masked, for messages.</summary>
    public static string Redacted(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        var colon = scheme < 0 || at < 0 ? -1 : text.IndexOf(':', scheme + 3);
        return colon > 0 && colon < at ? text[..(colon + 1)] + "***" + text[at..] : text;
    }
}
