using System.Text;
using Boundaries.Core.Crs;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Dbf.Fields;
using NetTopologySuite.IO.Esri.Shapefiles.Writers;

namespace Boundaries.Data.Export.Layers;

/// <summary>Writes a layer as an ESRI Shapefile with UTF-8 attributes, a .cpg saying so, and a .prj for EPSG:4326.</summary>
/// <remarks>dBASE field names hold at most 10 characters: each field's <see cref="LayerField.ShapefileName"/> is used (see README.md).</remarks>
internal static class ShapefileLayerWriter
{
    /// <summary>The extensions written beside the .shp.</summary>
    public static readonly string[] Extensions = [".shp", ".shx", ".dbf", ".prj", ".cpg"];

    private static readonly NetTopologySuite.Geometries.Geometry Empty =
        NetTopologySuite.NtsGeometryServices.Instance.CreateGeometryFactory(CrsRegistry.Wgs84).CreateMultiPolygon();

    public static void Write(UnitLayer layer, string shpPath)
    {
        var fields = layer.Fields.Select(Field).ToArray();
        var options = new ShapefileWriterOptions(ShapeType.Polygon, fields)
        {
            Encoding = Encoding.UTF8,
            Projection = CrsRegistry.DefinitionOf(CrsRegistry.Wgs84).ToWkt(),
        };
        using (var writer = Shapefile.OpenWrite(shpPath, options))
        {
            foreach (var row in layer.Rows)
            {
                var attributes = new AttributesTable();
                for (var i = 0; i < layer.Fields.Count; i++)
                {
                    attributes.Add(layer.Fields[i].ShapefileName, row.Values[i] is string text ? Fit(text) : row.Values[i]);
                }

                // The writer takes no null geometry; an empty one is written as a null shape, which is what a unit without a polygon is.
                writer.Write(new Feature(row.Geometry ?? Empty, attributes));
            }
        }

        // The code page file GDAL and QGIS read to decode the .dbf (the writer's own may name a Windows code page).
        File.WriteAllText(Path.ChangeExtension(shpPath, ".cpg"), "UTF-8", new UTF8Encoding(false));
    }

    // dBASE character fields hold at most 254 bytes; cut long notes at a character boundary rather than mid-letter.
    private static string Fit(string text)
    {
        if (Encoding.UTF8.GetByteCount(text) <= 254)
        {
            return text;
        }

        var end = text.Length;
        while (Encoding.UTF8.GetByteCount(text.AsSpan(0, end)) > 253)
        {
            end--;
        }

        return text[..end];
    }

    private static DbfField Field(LayerField field) => field.Kind switch
    {
        LayerFieldKind.Integer => new DbfNumericInt64Field(field.ShapefileName),
        LayerFieldKind.Real => new DbfNumericDoubleField(field.ShapefileName, 19, 4),
        LayerFieldKind.Boolean => new DbfLogicalField(field.ShapefileName),
        _ => new DbfCharacterField(field.ShapefileName, 254),
    };
}
