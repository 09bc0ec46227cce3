using Boundaries.Data.Export;

namespace Boundaries.Web.Display;

/// <summary>Writes unit features as a GeoJSON FeatureCollection (RFC 7946; lon/lat on WGS 84); a unit without a polygon has "geometry": null (§3.2).</summary>
public static class UnitFeatureWriter
{
    /// <summary>Writes the collection as the current JSON value of <paramref name="writer"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="features">The features.</param>
    /// <param name="compactGeometry">Write the shapes in the page's compact form rather than as GeoJSON geometry (see ShapeJson).</param>
    public static void Write(Utf8JsonWriter writer, IEnumerable<UnitFeature> features, bool compactGeometry = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(features);
        FeatureCollectionJson.Write(writer, features, f => f.Code, Properties, (w, f) => Geometry(w, f, compactGeometry));
    }

    private static void Properties(Utf8JsonWriter writer, UnitFeature f)
    {
        writer.WriteString("code", f.Code);
        writer.WriteString("name", f.Name);
        writer.WriteString("level", f.Level);
        writer.WriteString("type", f.Type);
        writer.WriteString("typeName", f.TypeName);
        writer.WriteString("parentCode", f.ParentCode);
        writer.WriteString("parentName", f.ParentName);
        Number(writer, "areaKm2", f.AreaKm2, 4);
        Number(writer, "population", f.Population);
        Number(writer, "areaPercent", f.AreaPercent, 2);
        Number(writer, "populationPercent", f.PopulationPercent, 2);
        writer.WriteString("status", f.Status.Key);
        writer.WriteString("statusText", f.Status.Text);
        writer.WriteString("rule", string.IsNullOrEmpty(f.Rule) ? null : f.Rule);
        writer.WriteBoolean("changed", f.Changed);
        writer.WriteBoolean("declared", f.Declared);
        writer.WriteString("note", f.Note);
        if (f.LabelAt is { } at)
        {
            writer.WriteStartArray("labelAt");
            writer.WriteNumberValue(Math.Round(at.X, ShapeJson.Decimals));
            writer.WriteNumberValue(Math.Round(at.Y, ShapeJson.Decimals));
            writer.WriteEndArray();
        }
    }

    private static void Geometry(Utf8JsonWriter writer, UnitFeature f, bool compact)
    {
        if (f.Shape is { IsEmpty: false } shape)
        {
            ShapeJson.Write(writer, shape, compact);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void Number(Utf8JsonWriter writer, string name, double? value, int decimals)
    {
        if (value is { } v && double.IsFinite(v))
        {
            writer.WriteNumber(name, Math.Round(v, decimals, MidpointRounding.AwayFromZero));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
