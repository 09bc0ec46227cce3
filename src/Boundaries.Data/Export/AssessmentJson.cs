using System.Text.Encodings.Web;
using System.Text.Json;

namespace Boundaries.Data.Export;

/// <summary>JSON settings and property writing shared by the JSON and GeoJSON assessment writers.</summary>
internal static class AssessmentJson
{
    /// <summary>Indented output that keeps Vietnamese letters readable instead of \u-escaping them.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the fields as properties of the current object, with JSON types (numbers, booleans, null).</summary>
    public static void WriteFields(Utf8JsonWriter writer, IReadOnlyList<AssessmentField> fields)
    {
        foreach (var field in fields)
        {
            switch (field.Value)
            {
                case null:
                    writer.WriteNull(field.Name);
                    break;
                case bool b:
                    writer.WriteBoolean(field.Name, b);
                    break;
                case double d:
                    writer.WriteNumber(field.Name, d);
                    break;
                case long l:
                    writer.WriteNumber(field.Name, l);
                    break;
                default:
                    writer.WriteString(field.Name, field.Value.ToString());
                    break;
            }
        }
    }
}
