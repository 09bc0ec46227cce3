namespace Boundaries.Data.Import.GeoJson;

/// <summary>Shortens System.Text.Json messages to the part a planner can act on.</summary>
internal static class GeoJsonMessages
{
    /// <summary>The message without its "Path: … | LineNumber: … | BytePositionInLine: …" tail and trailing period.</summary>
    public static string Clean(string message)
    {
        var text = message;
        foreach (var marker in new[] { " Path: ", " LineNumber: ", " | LineNumber" })
        {
            var i = text.IndexOf(marker, StringComparison.Ordinal);
            if (i >= 0)
            {
                text = text[..i];
            }
        }

        return text.Trim().TrimEnd('.');
    }

    /// <summary>True for the reader's messages that mean the data stopped before the JSON was complete.</summary>
    public static bool IsEndOfData(string message) =>
        message.Contains("end of data", StringComparison.OrdinalIgnoreCase)
        || message.Contains("Expected depth to be zero at the end of the JSON payload", StringComparison.Ordinal);
}
