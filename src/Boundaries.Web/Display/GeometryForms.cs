namespace Boundaries.Web.Display;

/// <summary>How the API writes display shapes: GeoJSON by default, the compact form when a request asks for it with ?geometry=compact (the page does).</summary>
internal static class GeometryForms
{
    /// <summary>The query value that asks for the compact form (see <see cref="ShapeJson"/>).</summary>
    public const string Compact = "compact";

    /// <summary>True when the request asks for the compact form.</summary>
    public static bool IsCompact(HttpRequest request) =>
        string.Equals(request.Query["geometry"], Compact, StringComparison.Ordinal);
}
