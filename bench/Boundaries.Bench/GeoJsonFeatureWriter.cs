using System.Buffers;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Boundaries.Bench;

/// <summary>
/// Writes a FeatureCollection of polygonal features to a file; features are encoded separately (on any thread) and
/// written in order, so that encoding can run beside the work that produces them.
/// </summary>
internal sealed class GeoJsonFeatureWriter : IDisposable
{
    private static readonly byte[] Comma = ","u8.ToArray();
    private readonly Stream _stream;
    private bool _first = true;

    public GeoJsonFeatureWriter(string path, string name)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var header = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(header))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteString("name", name);
            json.WritePropertyName("features");
            json.Flush();
        }

        _stream.Write(header.WrittenSpan);
        _stream.Write("["u8);
    }

    /// <summary>Encodes one feature (string and number properties, polygonal geometry) as UTF-8 JSON, in a pooled buffer
    /// that <see cref="Write"/> gives back.</summary>
    public static PooledBytes Encode(Geometry geometry, IEnumerable<KeyValuePair<string, object>> properties)
    {
        var buffer = new PooledBytes(Math.Max(256, geometry.NumPoints * 40));
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteStartObject("properties");
            foreach (var (key, value) in properties)
            {
                switch (value)
                {
                    case string s:
                        json.WriteString(key, s);
                        break;
                    case double d:
                        json.WriteNumber(key, d);
                        break;
                    case long l:
                        json.WriteNumber(key, l);
                        break;
                    default:
                        json.WriteString(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                        break;
                }
            }

            json.WriteEndObject();
            json.WritePropertyName("geometry");
            WriteGeometry(json, geometry);
            json.WriteEndObject();
        }

        return buffer;
    }

    /// <summary>Appends an encoded feature and returns its buffer to the pool.</summary>
    public void Write(PooledBytes encodedFeature)
    {
        if (!_first)
        {
            _stream.Write(Comma);
        }

        _first = false;
        _stream.Write(encodedFeature.WrittenSpan);
        encodedFeature.Dispose();
    }

    public void Dispose()
    {
        _stream.Write("]}"u8);
        _stream.Dispose();
    }

    private static void WriteGeometry(Utf8JsonWriter json, Geometry geometry)
    {
        json.WriteStartObject();
        switch (geometry)
        {
            case Polygon polygon:
                json.WriteString("type", "Polygon");
                json.WritePropertyName("coordinates");
                WritePolygon(json, polygon);
                break;
            case MultiPolygon multi:
                json.WriteString("type", "MultiPolygon");
                json.WriteStartArray("coordinates");
                for (var i = 0; i < multi.NumGeometries; i++)
                {
                    WritePolygon(json, (Polygon)multi.GetGeometryN(i));
                }

                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"Only polygonal geometries are written, not {geometry.GeometryType}.", nameof(geometry));
        }

        json.WriteEndObject();
    }

    private static void WritePolygon(Utf8JsonWriter json, Polygon polygon)
    {
        json.WriteStartArray();
        if (!polygon.IsEmpty)
        {
            WriteRing(json, polygon.ExteriorRing.CoordinateSequence);
            foreach (var hole in polygon.InteriorRings)
            {
                WriteRing(json, hole.CoordinateSequence);
            }
        }

        json.WriteEndArray();
    }

    private static void WriteRing(Utf8JsonWriter json, CoordinateSequence ring)
    {
        json.WriteStartArray();
        for (var i = 0; i < ring.Count; i++)
        {
            json.WriteStartArray();
            json.WriteNumberValue(ring.GetX(i));
            json.WriteNumberValue(ring.GetY(i));
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }
}
