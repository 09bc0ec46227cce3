using System.Text;
using Boundaries.Data.Import.Layers;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Import.GeoJson;

/// <summary>Reads one GeoJSON Feature object (RFC 7946 §3.2): its geometry and the wanted properties, as text.</summary>
/// <remarks>
/// Returns false when the buffer ends inside the feature, so that the caller can refill and start again; a feature
/// that is well-formed JSON but cannot be built throws <see cref="GeoJsonContentException"/>.
/// </remarks>
internal sealed class GeoJsonFeatureParser
{
    private readonly GeoJsonGeometryParser _geometry;
    private readonly (string Name, byte[] Utf8)[]? _wanted;

    public GeoJsonFeatureParser(GeoJsonReadOptions options)
    {
        _geometry = new GeoJsonGeometryParser(options.Factory);
        _wanted = options.PropertyNames?.Select(n => (n, Encoding.UTF8.GetBytes(n))).ToArray();
    }

    /// <summary>The geometry parser, for a file whose top level is a bare geometry.</summary>
    public GeoJsonGeometryParser Geometry => _geometry;

    /// <summary>Reads the feature whose StartObject is the reader's current token.</summary>
    public bool TryParse(ref Utf8JsonReader reader, int index, out SourceFeature? feature)
    {
        feature = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new GeoJsonContentException($"expected a feature object, found {reader.TokenType}");
        }

        Geometry? geometry = null;
        var attributes = new Dictionary<string, string?>(_wanted?.Length ?? 16, StringComparer.OrdinalIgnoreCase);
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
                if (!reader.Read() || !TryParseProperties(ref reader, attributes))
                {
                    return false;
                }
            }
            else if (!reader.TrySkip())
            {
                return false;
            }
        }

        feature = new SourceFeature(index, geometry, attributes);
        return true;
    }

    private bool TryParseProperties(ref Utf8JsonReader reader, Dictionary<string, string?> attributes)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new GeoJsonContentException($"\"properties\" is a {reader.TokenType}, not an object");
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

            if (!reader.Read() || !TryText(ref reader, out var value))
            {
                return false;
            }

            attributes.TryAdd(name, value);
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

    /// <summary>A property value as text: a string as it reads, null for null, numbers and booleans as <see cref="AttributeText"/> writes them, objects and arrays as their JSON text.</summary>
    private static bool TryText(ref Utf8JsonReader reader, out string? value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                value = reader.GetString();
                return true;
            case JsonTokenType.Null:
                value = null;
                return true;
            case JsonTokenType.Number:
                // As NetTopologySuite's converter reads a number: a decimal when it fits, else a double.
                value = reader.TryGetDecimal(out var m) ? AttributeText.Of(m) : AttributeText.Of(reader.GetDouble());
                return true;
            case JsonTokenType.True:
            case JsonTokenType.False:
                value = AttributeText.Of(reader.GetBoolean());
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
