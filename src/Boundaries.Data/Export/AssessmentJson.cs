namespace Boundaries.Data.Export;

/// <summary>Property writing shared by the JSON and GeoJSON assessment writers.</summary>
internal static class AssessmentJson
{
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
