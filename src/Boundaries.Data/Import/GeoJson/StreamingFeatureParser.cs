using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Import.GeoJson;

/// <summary>Reads one GeoJSON Feature object (RFC 7946 §3.2): its id, geometry and the requested properties.</summary>
/// <remarks>Returns false when the buffer ends inside the feature, so that the caller can refill and start again.</remarks>
internal sealed class StreamingFeatureParser
{
    private readonly StreamingGeometryParser _geometry;
    private readonly (string Name, byte[] Utf8)[]? _wanted;

    public StreamingFeatureParser(StreamingGeoJsonOptions options)
    {
        _geometry = new StreamingGeometryParser(options.Factory);
        _wanted = options.PropertyNames?.Select(n => (n, Encoding.UTF8.GetBytes(n))).ToArray();
    }

    /// <summary>Reads the feature whose StartObject is the reader's current token.</summary>
    public bool TryParse(ref Utf8JsonReader reader, int index, out StreamingGeoJsonFeature? feature)
    {
        feature = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"expected a feature object, found {reader.TokenType}");
        }

        object? id = null;
        Geometry? geometry = null;
        var properties = new Dictionary<string, object?>(_wanted?.Length ?? 8, StringComparer.Ordinal);
        while (true)
        {
            if (!reader.Read())
            {
                return false;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            if (reader.ValueTextEquals("geometry"u8))
            {
                if (!reader.Read() || !_geometry.TryParse(ref reader, out geometry))
                {
                    return false;
                }
            }
            else if (reader.ValueTextEquals("properties"u8))
            {
                if (!reader.Read() || !TryParseProperties(ref reader, properties))
                {
                    return false;
                }
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                if (!reader.Read() || !TryValue(ref reader, out id))
                {
                    return false;
                }
            }
            else if (!reader.TrySkip())
            {
                return false;
            }
        }

        feature = new StreamingGeoJsonFeature(index, id, geometry, properties);
        return true;
    }

    private bool TryParseProperties(ref Utf8JsonReader reader, Dictionary<string, object?> properties)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"\"properties\" is a {reader.TokenType}, not an object");
        }

        while (true)
        {
            if (!reader.Read())
            {
                return false;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return true;
            }

            var name = WantedName(ref reader);
            if (name is null)
            {
                if (!reader.TrySkip())
                {
                    return false;
                }

                continue;
            }

            if (!reader.Read() || !TryValue(ref reader, out var value))
            {
                return false;
            }

            properties[name] = value;
        }
    }

    /// <summary>The property's name when it is wanted (every name when no list was given), else null.</summary>
    private string? WantedName(ref Utf8JsonReader reader)
    {
        if (_wanted is null)
        {
            return reader.GetString();
        }

        foreach (var (name, utf8) in _wanted)
        {
            if (reader.ValueTextEquals(utf8))
            {
                return name;
            }
        }

        return null;
    }

    private static bool TryValue(ref Utf8JsonReader reader, out object? value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                value = reader.GetString();
                return true;
            case JsonTokenType.Number:
                value = reader.TryGetInt64(out var integer) ? (object)integer : reader.GetDouble();
                return true;
            case JsonTokenType.True:
            case JsonTokenType.False:
                value = reader.GetBoolean();
                return true;
            case JsonTokenType.Null:
                value = null;
                return true;
            default:
                value = null;
                var probe = reader;
                if (!probe.TrySkip())
                {
                    return false;
                }

                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    value = document.RootElement.GetRawText();
                }

                return true;
        }
    }
}
