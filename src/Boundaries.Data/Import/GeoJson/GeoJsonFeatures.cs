using System.Text.Json;
using Boundaries.Data.Import.Layers;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Boundaries.Data.Import.GeoJson;

/// <summary>NetTopologySuite's GeoJSON converter set up for import, and the conversion of its features to source features.</summary>
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

    /// <summary>The feature with its attributes as text.</summary>
    public static SourceFeature ToSource(int index, IFeature feature)
    {
        var attributes = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (feature.Attributes is { } table)
        {
            foreach (var name in table.GetNames())
            {
                attributes.TryAdd(name, AttributeText.Of(table[name]));
            }
        }

        return new SourceFeature(index, feature.Geometry, attributes);
    }

    /// <summary>Reads a file whose top level is one Feature or one geometry (small by nature, so read whole).</summary>
    public static IReadOnlyList<SourceFeature> ReadSingleObject(string path, string? rootType)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            if (rootType == "Feature")
            {
                return JsonSerializer.Deserialize<IFeature>(stream, Options) is { } feature ? [ToSource(0, feature)] : [];
            }

            return JsonSerializer.Deserialize<Geometry>(stream, Options) is { } geometry
                ? [new SourceFeature(0, geometry, new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase))]
                : [];
        }
        catch (Exception ex) when (IsBadContent(ex))
        {
            throw new InputDataException(path, $"not valid GeoJSON: {GeoJsonMessages.Clean(ex.Message)}", ex);
        }
    }
}
