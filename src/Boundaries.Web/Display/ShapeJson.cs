using System.Runtime.CompilerServices;

namespace Boundaries.Web.Display;

/// <summary>Display shapes as GeoJSON geometry objects (RFC 7946: longitude, latitude), or in the page's compact form, encoded once per shape and reused.</summary>
/// <remarks>
/// Coordinates are rounded to 1/50,000 of a degree (about 2 m), five times finer than the display tolerance (0.0001°): the shapes
/// are for drawing only, and neighbours round their shared vertices alike, so they still share their edges.
/// <para>
/// The compact form (<see cref="GeometryForms.Compact"/>) writes the same rounded vertices as whole fifty-thousandths
/// of a degree (about 2 m), each ring as one flat array of the first vertex and then the steps to the next:
/// <c>{"type":"Polygon","steps":[[x0,y0,dx1,dy1,…],…]}</c> (MultiPolygon: one more level). Small steps repeat and
/// compress about twice as well as the digits of GeoJSON, which keeps a province's first load small on the wire.
/// </para>
/// </remarks>
internal static class ShapeJson
{
    /// <summary>Decimals of a degree written for a display coordinate or label point.</summary>
    public const int Decimals = 5;

    private const double Scale = 50_000;

    private static readonly ConditionalWeakTable<Geometry, byte[]> Encoded = [];
    private static readonly ConditionalWeakTable<Geometry, byte[]> EncodedCompact = [];

    /// <summary>Writes the shape as a GeoJSON Polygon or MultiPolygon, or in the compact form.</summary>
    public static void Write(Utf8JsonWriter writer, Geometry shape, bool compact = false) =>
        writer.WriteRawValue(
            compact ? EncodedCompact.GetValue(shape, s => Encode(s, compact: true)) : Encoded.GetValue(shape, s => Encode(s, compact: false)),
            skipInputValidation: true);

    private static byte[] Encode(Geometry shape, bool compact)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            var polygons = Enumerable.Range(0, shape.NumGeometries).Select(shape.GetGeometryN).OfType<Polygon>().Where(p => !p.IsEmpty).ToList();
            writer.WriteStartObject();
            writer.WriteString("type", polygons.Count == 1 ? "Polygon" : "MultiPolygon");
            writer.WriteStartArray(compact ? "steps" : "coordinates");
            foreach (var polygon in polygons)
            {
                if (polygons.Count != 1)
                {
                    writer.WriteStartArray();
                }

                foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
                {
                    if (compact)
                    {
                        WriteSteps(writer, ring);
                    }
                    else
                    {
                        WriteRing(writer, ring);
                    }
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
            writer.WriteNumberValue(Math.Round(Snap(sequence.GetX(i)), Decimals));
            writer.WriteNumberValue(Math.Round(Snap(sequence.GetY(i)), Decimals));
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    // A display vertex lies on a grid of 1/50,000 of a degree (about 2 m, well under the 11 m display tolerance), the same in both forms.
    private static long Step(double degrees) => (long)Math.Round(degrees * Scale);

    private static double Snap(double degrees) => Step(degrees) / Scale;

    private static void WriteSteps(Utf8JsonWriter writer, LineString ring)
    {
        writer.WriteStartArray();
        var sequence = ring.CoordinateSequence;
        long x = 0, y = 0;
        for (var i = 0; i < sequence.Count; i++)
        {
            var nextX = Step(sequence.GetX(i));
            var nextY = Step(sequence.GetY(i));
            writer.WriteNumberValue(nextX - x);
            writer.WriteNumberValue(nextY - y);
            (x, y) = (nextX, nextY);
        }

        writer.WriteEndArray();
    }
}
