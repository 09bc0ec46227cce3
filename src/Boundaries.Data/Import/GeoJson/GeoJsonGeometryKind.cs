namespace Boundaries.Data.Import.GeoJson;

/// <summary>The GeoJSON geometry types (RFC 7946 §3.1), as the streaming reader recognises them.</summary>
internal enum GeoJsonGeometryKind
{
    Unknown,
    Point,
    LineString,
    Polygon,
    MultiPoint,
    MultiLineString,
    MultiPolygon,
    GeometryCollection,
}
