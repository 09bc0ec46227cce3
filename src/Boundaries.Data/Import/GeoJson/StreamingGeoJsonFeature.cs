using NetTopologySuite.Geometries;

namespace Boundaries.Data.Import.GeoJson;

/// <summary>One feature of a GeoJSON FeatureCollection as the streaming reader returns it.</summary>
/// <param name="Index">Zero-based position of the feature in the file's "features" array.</param>
/// <param name="Id">The feature's "id" member (string, long or double), or null when absent.</param>
/// <param name="Geometry">The geometry (lon/lat as in the file, packed coordinates), or null for a null geometry.</param>
/// <param name="Properties">
/// The requested properties that the feature has: string, long (integer literals), double, bool or null;
/// objects and arrays as their raw JSON text.
/// </param>
public sealed record StreamingGeoJsonFeature(
    int Index,
    object? Id,
    Geometry? Geometry,
    IReadOnlyDictionary<string, object?> Properties);
