using NetTopologySuite.Geometries;

namespace Boundaries.Data.Import.GeoJson;

/// <summary>
/// Reads one GeoJSON geometry object (RFC 7946 §3.1) token by token into a <see cref="GeoJsonGeometryBuilder"/>.
/// </summary>
/// <remarks>
/// Every method returns false when the buffer ends inside the object; the caller then refills the buffer and
/// starts the object again from its saved state. A geometry the reader cannot build throws <see cref="GeoJsonContentException"/>.
/// </remarks>
internal sealed class GeoJsonGeometryParser(GeometryFactory factory)
{
    private readonly GeoJsonGeometryBuilder _builder = new();
    private int _positionDepth;

    /// <summary>Reads the geometry whose first token (StartObject or Null) is the reader's current token.</summary>
    public bool TryParse(ref Utf8JsonReader reader, out Geometry? geometry)
    {
        geometry = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        Expect(ref reader, JsonTokenType.StartObject, "a geometry object");
        var kind = GeoJsonGeometryKind.Unknown;
        var coordinatesRead = false;
        List<Geometry>? members = null;
        _builder.Reset();
        _positionDepth = 0;
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

            if (reader.ValueTextEquals("type"u8))
            {
                if (!reader.Read())
                {
                    return false;
                }

                kind = KindOf(ref reader);
            }
            else if (reader.ValueTextEquals("coordinates"u8))
            {
                if (!reader.Read() || !TryParseCoordinates(ref reader, PositionDepth(kind)))
                {
                    return false;
                }

                coordinatesRead = true;
            }
            else if (reader.ValueTextEquals("geometries"u8))
            {
                members = [];
                if (!reader.Read() || !TryParseMembers(ref reader, members))
                {
                    return false;
                }
            }
            else if (!reader.TrySkip())
            {
                return false;
            }
        }

        geometry = Finish(kind, coordinatesRead, members);
        return true;
    }

    private Geometry Finish(GeoJsonGeometryKind kind, bool coordinatesRead, List<Geometry>? members)
    {
        if (kind == GeoJsonGeometryKind.Unknown)
        {
            throw new GeoJsonContentException("geometry has no \"type\"");
        }

        if (kind == GeoJsonGeometryKind.GeometryCollection)
        {
            return factory.CreateGeometryCollection(members?.ToArray() ?? []);
        }

        if (!coordinatesRead)
        {
            throw new GeoJsonContentException($"{kind} has no \"coordinates\"");
        }

        if (_positionDepth != 0 && _positionDepth != PositionDepth(kind))
        {
            throw new GeoJsonContentException($"the nesting of the coordinates does not fit a {kind}");
        }

        try
        {
            return _builder.Build(kind, factory);
        }
        catch (ArgumentException e)
        {
            // NTS refuses rings that are not closed or have fewer than 4 positions (RFC 7946 §3.1.6).
            throw new GeoJsonContentException($"{kind}: {e.Message}", e);
        }
    }

    private bool TryParseMembers(ref Utf8JsonReader reader, List<Geometry> members)
    {
        Expect(ref reader, JsonTokenType.StartArray, "an array of geometries");
        while (true)
        {
            if (!reader.Read())
            {
                return false;
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return true;
            }

            // A member overwrites the builder's scratch, which the collection itself does not use.
            if (!TryParse(ref reader, out var member))
            {
                return false;
            }

            if (member is not null)
            {
                members.Add(member);
            }
        }
    }

    /// <summary>Reads nested coordinate arrays; positionDepth is how deep positions sit (0 when the type is not known yet).</summary>
    private bool TryParseCoordinates(ref Utf8JsonReader reader, int positionDepth)
    {
        Expect(ref reader, JsonTokenType.StartArray, "a coordinates array");
        var depth = 1;
        while (depth > 0)
        {
            if (!reader.Read())
            {
                return false;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.StartArray:
                    depth++;
                    break;
                case JsonTokenType.Number:
                    if (positionDepth == 0)
                    {
                        positionDepth = depth;
                    }
                    else if (depth != positionDepth)
                    {
                        throw new GeoJsonContentException("coordinates are nested deeper or shallower than the geometry type needs");
                    }

                    if (!TryParsePosition(ref reader))
                    {
                        return false;
                    }

                    depth--;
                    break;
                case JsonTokenType.EndArray:
                    if (depth == positionDepth - 1)
                    {
                        _builder.EndLeaf();
                    }
                    else if (depth == positionDepth - 2)
                    {
                        _builder.EndGroup();
                    }

                    depth--;
                    break;
                default:
                    throw new GeoJsonContentException($"unexpected {reader.TokenType} in coordinates");
            }
        }

        _positionDepth = positionDepth;
        return true;
    }

    /// <summary>Reads a position whose first number is the current token, up to and including its closing bracket.</summary>
    private bool TryParsePosition(ref Utf8JsonReader reader)
    {
        var x = reader.GetDouble();
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new GeoJsonContentException("a position needs at least two numbers");
        }

        var y = reader.GetDouble();
        var z = double.NaN;
        var values = 2;
        while (true)
        {
            if (!reader.Read())
            {
                return false;
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            if (reader.TokenType != JsonTokenType.Number)
            {
                throw new GeoJsonContentException($"unexpected {reader.TokenType} in a position");
            }

            // RFC 7946 §3.1.1: a third value is the altitude; further values are not interpreted.
            if (values++ == 2)
            {
                z = reader.GetDouble();
            }
        }

        _builder.AddPosition(x, y, z);
        return true;
    }

    private static GeoJsonGeometryKind KindOf(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String, "a geometry type");
        return reader.ValueTextEquals("Polygon"u8) ? GeoJsonGeometryKind.Polygon
            : reader.ValueTextEquals("MultiPolygon"u8) ? GeoJsonGeometryKind.MultiPolygon
            : reader.ValueTextEquals("Point"u8) ? GeoJsonGeometryKind.Point
            : reader.ValueTextEquals("LineString"u8) ? GeoJsonGeometryKind.LineString
            : reader.ValueTextEquals("MultiPoint"u8) ? GeoJsonGeometryKind.MultiPoint
            : reader.ValueTextEquals("MultiLineString"u8) ? GeoJsonGeometryKind.MultiLineString
            : reader.ValueTextEquals("GeometryCollection"u8) ? GeoJsonGeometryKind.GeometryCollection
            : throw new GeoJsonContentException($"unknown geometry type \"{reader.GetString()}\"");
    }

    private static int PositionDepth(GeoJsonGeometryKind kind) => kind switch
    {
        GeoJsonGeometryKind.Point => 1,
        GeoJsonGeometryKind.LineString or GeoJsonGeometryKind.MultiPoint => 2,
        GeoJsonGeometryKind.Polygon or GeoJsonGeometryKind.MultiLineString => 3,
        GeoJsonGeometryKind.MultiPolygon => 4,
        _ => 0,
    };

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type)
        {
            throw new GeoJsonContentException($"expected {what}, found {reader.TokenType}");
        }
    }
}
