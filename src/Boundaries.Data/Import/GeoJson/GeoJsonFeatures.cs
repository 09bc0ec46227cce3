using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Boundaries.Data.Import.GeoJson;

/// <summary>NetTopologySuite's GeoJSON converter as the coverage simplification reads whole collections with it (properties kept as they are).</summary>
internal static class GeoJsonFeatures
{
    /// <summary>Serializer options with the NTS converters; geometries get SRID 0 until the CRS is decided.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        Converters = { new GeoJsonConverterFactory(new GeometryFactory(new PrecisionModel(), 0)) },
    };

    /// <summary>True for the exceptions the converter throws on a feature it cannot make sense of.</summary>
    public static bool IsBadContent(Exception ex) =>
        ex is JsonException or ArgumentException or InvalidOperationException or FormatException;
}
