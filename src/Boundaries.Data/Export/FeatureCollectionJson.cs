namespace Boundaries.Data.Export;

/// <summary>The frame of every GeoJSON FeatureCollection Boundaries writes (RFC 7946, lon/lat on WGS 84): one feature per item, with
/// its optional id, its properties and its geometry; each writer says only what goes inside.</summary>
public static class FeatureCollectionJson
{
    /// <summary>Writes the collection as the current JSON value of <paramref name="writer"/>.</summary>
    /// <param name="writer">Where the collection goes.</param>
    /// <param name="items">One feature each.</param>
    /// <param name="id">The feature's "id", or null to write none.</param>
    /// <param name="properties">Writes the members of the feature's "properties" object.</param>
    /// <param name="geometry">Writes the value of the feature's "geometry": a GeoJSON geometry, or null for an unlocated feature (§3.2).</param>
    /// <param name="name">The collection's "name" (the layer name GIS software shows), or null to write none.</param>
    public static void Write<T>(Utf8JsonWriter writer, IEnumerable<T> items, Func<T, string?> id, Action<Utf8JsonWriter, T> properties, Action<Utf8JsonWriter, T> geometry, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(properties);
        WriteWhole(writer, items, id, (w, item) =>
        {
            w.WriteStartObject();
            properties(w, item);
            w.WriteEndObject();
        }, geometry, name);
    }

    /// <summary>As <see cref="Write{T}"/>, with each feature's "properties" written whole by <paramref name="properties"/> (an object, or null).</summary>
    public static void WriteWhole<T>(Utf8JsonWriter writer, IEnumerable<T> items, Func<T, string?> id, Action<Utf8JsonWriter, T> properties, Action<Utf8JsonWriter, T> geometry, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(geometry);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        if (name is not null)
        {
            writer.WriteString("name", name);
        }

        writer.WriteStartArray("features");
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "Feature");
            if (id(item) is { } value)
            {
                writer.WriteString("id", value);
            }

            writer.WritePropertyName("properties");
            properties(writer, item);
            writer.WritePropertyName("geometry");
            geometry(writer, item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
