using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Boundaries.Bench;

/// <summary>Writes a FeatureCollection of polygonal features straight to a stream, one feature at a time.</summary>
internal sealed class GeoJsonFeatureWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _json;

    public GeoJsonFeatureWriter(string path, string name)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _json = new Utf8JsonWriter(_stream, new JsonWriterOptions { SkipValidation = true });
        _json.WriteStartObject();
        _json.WriteString("type", "FeatureCollection");
        _json.WriteString("name", name);
        _json.WriteStartArray("features");
    }

    /// <summary>Writes one feature with string and number properties.</summary>
    public void Write(Geometry geometry, IEnumerable<KeyValuePair<string, object>> properties)
    {
        _json.WriteStartObject();
        _json.WriteString("type", "Feature");
        _json.WriteStartObject("properties");
        foreach (var (key, value) in properties)
        {
            switch (value)
            {
                case string s:
                    _json.WriteString(key, s);
                    break;
                case double d:
                    _json.WriteNumber(key, d);
                    break;
                case long l:
                    _json.WriteNumber(key, l);
                    break;
                default:
                    _json.WriteString(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        _json.WriteEndObject();
        _json.WritePropertyName("geometry");
        WriteGeometry(geometry);
        _json.WriteEndObject();
        if (_json.BytesPending > 1 << 16)
        {
            _json.Flush();
        }
    }

    public void Dispose()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _json.Dispose();
        _stream.Dispose();
    }

    private void WriteGeometry(Geometry geometry)
    {
        _json.WriteStartObject();
        switch (geometry)
        {
            case Polygon polygon:
                _json.WriteString("type", "Polygon");
                _json.WritePropertyName("coordinates");
                WritePolygon(polygon);
                break;
            case MultiPolygon multi:
                _json.WriteString("type", "MultiPolygon");
                _json.WriteStartArray("coordinates");
                for (var i = 0; i < multi.NumGeometries; i++)
                {
                    WritePolygon((Polygon)multi.GetGeometryN(i));
                }

                _json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"Only polygonal geometries are written, not {geometry.GeometryType}.", nameof(geometry));
        }

        _json.WriteEndObject();
    }

    private void WritePolygon(Polygon polygon)
    {
        _json.WriteStartArray();
        WriteRing(polygon.ExteriorRing.CoordinateSequence);
        foreach (var hole in polygon.InteriorRings)
        {
            WriteRing(hole.CoordinateSequence);
        }

        _json.WriteEndArray();
    }

    private void WriteRing(CoordinateSequence ring)
    {
        _json.WriteStartArray();
        for (var i = 0; i < ring.Count; i++)
        {
            _json.WriteStartArray();
            _json.WriteNumberValue(ring.GetX(i));
            _json.WriteNumberValue(ring.GetY(i));
            _json.WriteEndArray();
        }

        _json.WriteEndArray();
        if (_json.BytesPending > 1 << 16)
        {
            _json.Flush();
        }
    }
}
