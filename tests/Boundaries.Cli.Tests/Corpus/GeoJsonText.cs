using System.Globalization;

namespace Boundaries.Cli.Tests.Corpus;

/// <summary>Small GeoJSON texts for the corpus: two neighbouring wards of TP Trà Vinh as squares, and ways to break them.</summary>
internal static class GeoJsonText
{
    public const string Phuong3 = "\"ma\":\"29242\",\"ten\":\"Phường 3\",\"ma_huyen\":\"842\"";
    public const string Phuong2 = "\"ma\":\"29245\",\"ten\":\"Phường 2\",\"ma_huyen\":\"842\"";

    public static string Collection(params string[] features) =>
        $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""";

    public static string Feature(string properties, string geometry) =>
        $$"""{"type":"Feature","properties":{{{properties}}},"geometry":{{geometry}}}""";

    public static string Polygon(string rings) => $$"""{"type":"Polygon","coordinates":[{{rings}}]}""";

    /// <summary>A closed ring through the points "x y, x y, …" (the first repeated at the end).</summary>
    public static string Ring(string points)
    {
        var coordinates = points.Split(',', StringSplitOptions.TrimEntries).Select(p => p.Split(' ')).Select(p => $"[{p[0]},{p[1]}]").ToList();
        return $"[{string.Join(",", coordinates)},{coordinates[0]}]";
    }

    public static string Square(double x, double y, double size = 0.01) =>
        Polygon(Ring(string.Create(CultureInfo.InvariantCulture, $"{x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}")));

    /// <summary>Two valid wards side by side.</summary>
    public static string TwoWards() => Collection(Feature(Phuong3, Square(106.33, 9.93)), Feature(Phuong2, Square(106.34, 9.93)));

    /// <summary>Phường 2 valid, and Phường 3 with the given geometry.</summary>
    public static string WithGeometry(string geometry) => Collection(Feature(Phuong3, geometry), Feature(Phuong2, Square(106.34, 9.93)));

    /// <summary>Phường 2 valid, and a square with the given properties.</summary>
    public static string WithProperties(string properties) => Collection(Feature(properties, Square(106.33, 9.93)), Feature(Phuong2, Square(106.34, 9.93)));
}
