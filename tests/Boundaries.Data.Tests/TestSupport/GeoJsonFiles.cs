using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;

namespace Boundaries.Data.Tests.TestSupport;

/// <summary>Writes small GeoJSON files from WKT for end-to-end import tests.</summary>
internal static class GeoJsonFiles
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>Writes a FeatureCollection with one feature per (WKT, attributes) pair.</summary>
    public static string Write(string path, params (string Wkt, IDictionary<string, object?> Attributes)[] features)
    {
        var reader = new WKTReader();
        var collection = new FeatureCollection();
        foreach (var (wkt, attributes) in features)
        {
            collection.Add(new Feature(reader.Read(wkt), new AttributesTable(attributes)));
        }

        File.WriteAllText(path, JsonSerializer.Serialize(collection, Options));
        return path;
    }
}
