namespace Boundaries.Maps;

/// <summary>Chooses the map format from a file name.</summary>
public static class MapFormats
{
    /// <summary>The format named by the extension (.png, .pdf, .svg), or null for any other.</summary>
    public static MapFormat? FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" => MapFormat.Png,
            ".pdf" => MapFormat.Pdf,
            ".svg" => MapFormat.Svg,
            _ => null,
        };
    }
}
