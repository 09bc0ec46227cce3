using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace Boundaries.Data.Tests.Import.GeoJson;

/// <summary>Reads GeoJSON with NTS's own System.Text.Json converter, the reference the one GeoJSON reader must equal.</summary>
internal static class NtsGeoJsonReference
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    public static FeatureCollection Read(Stream utf8Json) =>
        JsonSerializer.Deserialize<FeatureCollection>(utf8Json, Options) ?? throw new InvalidDataException("empty GeoJSON");

    public static FeatureCollection Read(string json) =>
        JsonSerializer.Deserialize<FeatureCollection>(json, Options) ?? throw new InvalidDataException("empty GeoJSON");

    /// <summary>An attribute as a plain value (string, double, bool or null), whatever table type the converter used.</summary>
    public static object? Attribute(IFeature feature, string name)
    {
        if (feature.Attributes is null || !feature.Attributes.Exists(name))
        {
            return null;
        }

        return feature.Attributes[name] switch
        {
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
            JsonElement { ValueKind: JsonValueKind.True } => true,
            JsonElement { ValueKind: JsonValueKind.False } => false,
            JsonElement { ValueKind: JsonValueKind.Null } => null,
            JsonElement e => e.GetRawText(),
            IConvertible c and not string and not bool => c.ToDouble(System.Globalization.CultureInfo.InvariantCulture),
            var other => other,
        };
    }
}
