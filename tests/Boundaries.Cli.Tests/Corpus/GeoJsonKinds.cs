using System.Text;
using static Boundaries.Cli.Tests.Corpus.GeoJsonText;

namespace Boundaries.Cli.Tests.Corpus;

/// <summary>Broken GeoJSON: syntax, structure, geometry, CRS, codes and text, each given to every command that reads a project.</summary>
internal static class GeoJsonKinds
{
    public static IEnumerable<BadInput> All()
    {
        yield return Text("geojson-empty-file", "", "unexpected end of data");
        yield return Text("geojson-only-whitespace", "   \n\t ", "unexpected end of data");
        yield return Text("geojson-truncated-in-a-feature", TwoWards()[..150], "not valid GeoJSON");
        yield return Text("geojson-plain-text", "Xã Long Đức, Phường 3", "not valid GeoJSON");
        yield return Text("geojson-top-level-array", "[1, 2, 3]", "not a JSON object");
        yield return Text("geojson-no-features-member", """{"type":"FeatureCollection"}""", "holds no features");
        yield return Text("geojson-features-not-an-array", """{"type":"FeatureCollection","features":{}}""", "holds no features");
        yield return Text("geojson-unknown-geometry-type", WithGeometry("""{"type":"Circle","coordinates":[106.33,9.93]}"""), "feature 0");
        yield return Text("geojson-coordinates-as-strings", WithGeometry("""{"type":"Polygon","coordinates":[[["106.33","9.93"],["106.34","9.93"],["106.34","9.94"],["106.33","9.93"]]]}"""), "feature 0");
        yield return Text("geojson-nan-coordinate", WithGeometry("""{"type":"Polygon","coordinates":[[[NaN,9.93],[106.34,9.93],[106.34,9.94],[106.33,9.93]]]}"""), "not valid GeoJSON");
        yield return Text("geojson-ring-of-two-points", WithGeometry(Polygon("[[106.33,9.93],[106.34,9.93]]")), "closed");
        yield return Text("geojson-ring-not-closed", WithGeometry(Polygon("[[106.33,9.93],[106.34,9.93],[106.34,9.94],[106.33,9.94]]")), "closed");
        yield return Text("geojson-self-intersecting-bowtie", WithGeometry(Polygon(Ring("106.33 9.93, 106.34 9.94, 106.34 9.93, 106.33 9.94"))), "feature 0");
        yield return Text("geojson-zero-area-collinear-ring", WithGeometry(Polygon(Ring("106.33 9.93, 106.335 9.93, 106.34 9.93"))), "feature 0");
        yield return Text("geojson-degenerate-ring-one-point-repeated", WithGeometry(Polygon(Ring("106.33 9.93, 106.33 9.93, 106.33 9.93"))), "feature 0");
        yield return Text("geojson-hole-outside-its-shell", WithGeometry(Polygon(Ring("106.33 9.93, 106.34 9.93, 106.34 9.94, 106.33 9.94") + "," + Ring("106.40 9.93, 106.41 9.93, 106.41 9.94"))), "feature 0");
        yield return Text("geojson-point-instead-of-polygon", WithGeometry("""{"type":"Point","coordinates":[106.33,9.93]}"""), "feature 0");
        yield return Text("geojson-linestring-instead-of-polygon", WithGeometry("""{"type":"LineString","coordinates":[[106.33,9.93],[106.34,9.94]]}"""), "feature 0");
        yield return Text("geojson-nested-ten-thousand-deep", new string('[', 10_000) + new string(']', 10_000), "not a JSON object");
        yield return Bytes("geojson-utf16-encoded", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(TwoWards())).ToArray(), "not valid GeoJSON");
        yield return Bytes("geojson-invalid-utf8-in-a-name", Encoding.UTF8.GetBytes(TwoWards()).Select(b => b == (byte)'3' ? (byte)0xFF : b).ToArray(), "not valid GeoJSON");
        yield return Text("geojson-crs-declares-4326-holds-metres", Collection(Feature(Phuong3, Square(591_000, 1_099_000, 500))).Replace("{\"type\":\"FeatureCollection\",", "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::4326\"}},"), "projected metres");
        yield return Text("geojson-crs-unknown-epsg", TwoWards().Replace("{\"type\":\"FeatureCollection\",", "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::99999\"}},"), "99999");
        yield return Text("geojson-crs-member-malformed", TwoWards().Replace("{\"type\":\"FeatureCollection\",", "{\"type\":\"FeatureCollection\",\"crs\":\"EPSG:4326\","), "crs");
        yield return Text("geojson-metres-without-crs", Collection(Feature(Phuong3, Square(591_000, 1_099_000, 500))), "projected metres");
        yield return Text("geojson-swapped-axes-lat-lon", Collection(Feature(Phuong3, Polygon(Ring("9.93 106.33, 9.93 106.34, 9.94 106.34, 9.94 106.33")))), "swapped");
        yield return Text("geojson-longitude-out-of-range", WithGeometry(Polygon(Ring("506.33 9.93, 506.34 9.93, 506.34 9.94"))), "not a longitude");
        yield return Text("geojson-no-code-field", Collection(Feature("\"ten\":\"Phường 3\"", Square(106.33, 9.93))), "--code-field");
        yield return Text("geojson-one-feature-without-code", WithProperties("\"ten\":\"Phường 3\""), "has no code");
        yield return Text("geojson-markup-in-code", WithProperties("\"ma\":\"<b>29242</b>\",\"ten\":\"Phường 3\",\"ma_huyen\":\"842\""), "not a 5-digit commune code");
        yield return Text("geojson-letters-for-a-code", WithProperties("\"ma\":\"ABCDE\",\"ten\":\"Phường 3\",\"ma_huyen\":\"842\""), "not a 5-digit commune code");
        yield return Text("geojson-seven-digit-code", WithProperties("\"ma\":\"2924200\",\"ten\":\"Phường 3\",\"ma_huyen\":\"842\""), "not a 5-digit commune code");
        yield return Text("geojson-duplicate-code-in-two-features", WithProperties(Phuong2), "features 0 ('Phường 2') and 1 ('Phường 2') both have code 29245");
        yield return Text("geojson-unknown-unit-type", WithProperties("\"ma\":\"29242\",\"ten\":\"Ba\",\"loai\":\"Làng\",\"ma_huyen\":\"842\""), "not a Vietnamese unit type");
        yield return Text("geojson-name-without-type-prefix", WithProperties("\"ma\":\"29242\",\"ten\":\"Ba\",\"ma_huyen\":\"842\""), "no type prefix");
        yield return Text("geojson-more-features-than-the-default-limit", Collection([.. Enumerable.Repeat(Feature(Phuong3, "null"), 120_001)]), "more than 120000 features: refused before reading further (raise the limit with --max-features N)");
        yield return Text("geojson-parent-that-exists-nowhere", Collection(
            Feature("\"ma\":\"842\",\"ten\":\"Thành phố Trà Vinh\",\"ma_tinh\":\"84\"", Square(106.30, 9.90, 0.1)),
            Feature("\"ma\":\"29242\",\"ten\":\"Phường 3\",\"ma_huyen\":\"843\"", Square(106.33, 9.93))), "parent 843");
    }

    private static BadInput Text(string kind, string text, string problem) =>
        new(kind, 2, problem, ws => ws.ProjectCommands(ws.Write($"{kind}.geojson", text)));

    private static BadInput Bytes(string kind, byte[] bytes, string problem) =>
        new(kind, 2, problem, ws => ws.ProjectCommands(ws.Bytes($"{kind}.geojson", bytes)));
}
