using System.Text;

namespace Boundaries.Data.Export.Layers;

/// <summary>Writes a layer as CSV (UTF-8, RFC 4180) with the attributes and the lon/lat of a point inside each polygon, for spreadsheets.</summary>
internal static class CsvLayerWriter
{
    public static void Write(UnitLayer layer, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        CsvText.Line(writer, [.. layer.Fields.Select(f => f.Name), "lon", "lat"]);
        foreach (var row in layer.Rows)
        {
            var point = row.Geometry?.InteriorPoint;
            CsvText.Line(writer, [.. row.Values, point is null ? null : Math.Round(point.X, 6), point is null ? null : Math.Round(point.Y, 6)]);
        }
    }
}
