using System.Runtime.CompilerServices;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Boundaries.Web.Display;

/// <summary>Display shapes as GeoJSON geometry objects (RFC 7946: longitude, latitude), encoded once per shape and reused.</summary>
/// <remarks>Coordinates are rounded to 6 decimals (about 0.1 m), finer than the display tolerance.</remarks>
internal static class ShapeJson
{
    private static readonly ConditionalWeakTable<Geometry, byte[]> Encoded = [];

    /// <summary>Writes the shape as a GeoJSON Polygon or MultiPolygon.</summary>
    public static void Write(Utf8JsonWriter writer, Geometry shape) =>
        writer.WriteRawValue(Encoded.GetValue(shape, Encode), skipInputValidation: true);

    private static byte[] Encode(Geometry shape)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            var polygons = Enumerable.Range(0, shape.NumGeometries).Select(shape.GetGeometryN).OfType<Polygon>().Where(p => !p.IsEmpty).ToList();
            writer.WriteStartObject();
            writer.WriteString("type", polygons.Count == 1 ? "Polygon" : "MultiPolygon");
            writer.WriteStartArray("coordinates");
            foreach (var polygon in polygons)
            {
                if (polygons.Count != 1)
                {
                    writer.WriteStartArray();
                }

                WriteRing(writer, polygon.ExteriorRing);
                foreach (var hole in polygon.InteriorRings)
                {
                    WriteRing(writer, hole);
                }

                if (polygons.Count != 1)
                {
                    writer.WriteEndArray();
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteRing(Utf8JsonWriter writer, LineString ring)
    {
        writer.WriteStartArray();
        var sequence = ring.CoordinateSequence;
        for (var i = 0; i < sequence.Count; i++)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(Math.Round(sequence.GetX(i), 6));
            writer.WriteNumberValue(Math.Round(sequence.GetY(i), 6));
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }
}
