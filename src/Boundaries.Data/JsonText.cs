using System.Text.Encodings.Web;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Boundaries.Data;

/// <summary>The settings of every JSON and GeoJSON file Boundaries writes: indented, Vietnamese letters unescaped, geometries as RFC 7946 GeoJSON.</summary>
public static class JsonText
{
    /// <summary>Indented output that keeps Vietnamese letters readable instead of \u-escaping them.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The same for <see cref="JsonSerializer"/>, which also reads and writes NetTopologySuite geometries as GeoJSON.</summary>
    /// <remarks>Geometries read through these options are lon/lat on WGS 84 (SRID 4326), as RFC 7946 §4 requires.</remarks>
    public static JsonSerializerOptions SerializerOptions { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new GeoJsonConverterFactory(new GeometryFactory(new PrecisionModel(), 4326)) },
    };

    /// <summary>Writes a property holding a GeoJSON geometry, or null for a unit without one (RFC 7946 §3.2).</summary>
    public static void WriteGeometry(Utf8JsonWriter writer, string name, Geometry? geometry)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(name);
        WriteGeometryValue(writer, geometry);
    }

    /// <summary>Writes a GeoJSON geometry as the current value, or null for a unit without one (RFC 7946 §3.2).</summary>
    public static void WriteGeometryValue(Utf8JsonWriter writer, Geometry? geometry)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (geometry is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(writer, geometry, SerializerOptions);
        }
    }
}
