namespace Boundaries.Data.Import.GeoJson;

/// <summary>A feature or geometry that is well-formed JSON but not a GeoJSON object the reader can build (unknown type, ring not closed, …).</summary>
/// <remarks>Kept apart from <see cref="System.Text.Json.JsonException"/>, which means the file itself is broken.</remarks>
internal sealed class GeoJsonContentException : Exception
{
    public GeoJsonContentException(string message)
        : base(message)
    {
    }

    public GeoJsonContentException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
