namespace Boundaries.Data.Import.GeoJson;

/// <summary>The geometry type names of RFC 7946 §1.4.</summary>
internal static class GeoJsonGeometryTypes
{
    private static readonly HashSet<string> Names =
        ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"];

    /// <summary>True when the type names a geometry rather than a feature or collection.</summary>
    public static bool IsGeometry(string? type) => type is not null && Names.Contains(type);
}
