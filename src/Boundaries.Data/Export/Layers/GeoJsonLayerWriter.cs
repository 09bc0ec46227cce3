using NetTopologySuite.IO.Converters;

namespace Boundaries.Data.Export.Layers;

/// <summary>Writes a layer as a GeoJSON FeatureCollection per RFC 7946.</summary>
/// <remarks>
/// RFC 7946: coordinates are lon/lat on WGS 84 (§4), so no "crs" member is written; exterior rings are counter-clockwise
/// (§3.1.6, see <see cref="RightHandRule"/>); a unit without a polygon is a feature with "geometry": null (§3.2).
/// </remarks>
internal static class GeoJsonLayerWriter
{
    // Compact (a layer's coordinates indented would be mostly whitespace); Vietnamese letters unescaped so the file reads as text.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions GeometryOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    public static void Write(UnitLayer layer, Stream stream) => Write(layer.Name, layer.Fields, layer.Rows, stream);

    /// <summary>Writes rows as they come, each let go once written (the benchmark hands over dissolved districts one by one).</summary>
    public static void Write(string name, IReadOnlyList<LayerField> fields, IEnumerable<UnitLayerRow> rows, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        FeatureCollectionJson.Write(writer, rows, _ => null, (w, row) =>
        {
            for (var i = 0; i < fields.Count; i++)
            {
                w.WritePropertyName(fields[i].Name);
                WriteValue(w, row.Values[i]);
            }
        }, (w, row) =>
        {
            if (row.Geometry is { } geometry)
            {
                JsonSerializer.Serialize(w, RightHandRule.Apply(geometry), GeometryOptions);
            }
            else
            {
                w.WriteNullValue();
            }
        }, name);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }
}
