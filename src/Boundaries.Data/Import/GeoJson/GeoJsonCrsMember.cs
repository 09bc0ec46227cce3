using Boundaries.Data.Import.Layers;

namespace Boundaries.Data.Import.GeoJson;

/// <summary>Reads the legacy "crs" member of a GeoJSON object (GeoJSON 2008 §3), which RFC 7946 dropped but many tools still write.</summary>
internal static class GeoJsonCrsMember
{
    /// <summary>The declared CRS, or null for "crs": null; throws when the member cannot be understood.</summary>
    public static DeclaredCrs? Read(JsonElement crs, string file)
    {
        if (crs.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var type = crs.ValueKind == JsonValueKind.Object && crs.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()
            : null;
        var properties = crs.ValueKind == JsonValueKind.Object && crs.TryGetProperty("properties", out var p) ? p : default;

        // GeoJSON 2008 §3.1: a named CRS has "type": "name" and "properties": {"name": <OGC CRS URN>}.
        if (string.Equals(type, "name", StringComparison.OrdinalIgnoreCase)
            && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
        {
            return new DeclaredCrs(name.GetString()!, "GeoJSON crs member");
        }

        // Pre-2008 drafts wrote {"type": "EPSG", "properties": {"code": 4326}}; GDAL still reads it.
        if (string.Equals(type, "EPSG", StringComparison.OrdinalIgnoreCase)
            && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty("code", out var code))
        {
            return new DeclaredCrs("EPSG:" + code.ToString(), "GeoJSON crs member");
        }

        throw new InputDataException(file, $"the \"crs\" member {Shorten(crs.GetRawText())} is not a named CRS; give the CRS as an option");
    }

    private static string Shorten(string json) => json.Length <= 120 ? json : json[..117] + "...";
}
