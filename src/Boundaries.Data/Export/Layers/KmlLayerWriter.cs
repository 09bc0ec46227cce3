using System.Globalization;
using System.Text;
using System.Xml;
using Boundaries.Core.Evaluation;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Export.Layers;

/// <summary>Writes a layer as KML 2.2 for Google Earth: one placemark per unit with its attributes as ExtendedData, filled by status.</summary>
/// <remarks>KML coordinates are "longitude,latitude" on WGS 84 (OGC 07-147r2 §16.10); a unit without a polygon is a placemark without geometry.</remarks>
internal static class KmlLayerWriter
{
    private const string Ns = "http://www.opengis.net/kml/2.2";

    public static void Write(UnitLayer layer, Stream stream)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("kml", Ns);
        xml.WriteStartElement("Document");
        xml.WriteElementString("name", layer.Name);
        foreach (var status in Enum.GetValues<ComplianceStatus>())
        {
            WriteStyle(xml, status.Slug(), Colour(status));
        }

        WriteStyle(xml, "unit", "7fcccccc");
        var statusIndex = layer.Fields.ToList().FindIndex(f => f.Name == "status");
        var nameIndex = layer.Fields.ToList().FindIndex(f => f.Name == "name");
        foreach (var row in layer.Rows)
        {
            xml.WriteStartElement("Placemark");
            xml.WriteElementString("name", row.Values[nameIndex]?.ToString() ?? "");
            xml.WriteElementString("styleUrl", "#" + (statusIndex >= 0 ? row.Values[statusIndex]?.ToString() ?? "unit" : "unit"));
            xml.WriteStartElement("ExtendedData");
            for (var i = 0; i < layer.Fields.Count; i++)
            {
                xml.WriteStartElement("Data");
                xml.WriteAttributeString("name", layer.Fields[i].Name);
                xml.WriteElementString("value", Text(row.Values[i]));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            if (row.Geometry is { } geometry)
            {
                WriteGeometry(xml, geometry);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteStyle(XmlWriter xml, string id, string fill)
    {
        xml.WriteStartElement("Style");
        xml.WriteAttributeString("id", id);
        xml.WriteStartElement("LineStyle");
        xml.WriteElementString("color", "ff333333");
        xml.WriteElementString("width", "1");
        xml.WriteEndElement();
        xml.WriteStartElement("PolyStyle");
        xml.WriteElementString("color", fill);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteGeometry(XmlWriter xml, Geometry geometry)
    {
        var polygons = Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).OfType<Polygon>().ToList();
        if (polygons.Count != 1)
        {
            xml.WriteStartElement("MultiGeometry");
        }

        foreach (var polygon in polygons)
        {
            xml.WriteStartElement("Polygon");
            WriteRing(xml, "outerBoundaryIs", polygon.Shell);
            foreach (var hole in polygon.Holes)
            {
                WriteRing(xml, "innerBoundaryIs", hole);
            }

            xml.WriteEndElement();
        }

        if (polygons.Count != 1)
        {
            xml.WriteEndElement();
        }
    }

    private static void WriteRing(XmlWriter xml, string role, LineString ring)
    {
        xml.WriteStartElement(role);
        xml.WriteStartElement("LinearRing");
        var sequence = ring.CoordinateSequence;
        var text = new StringBuilder(sequence.Count * 24);
        for (var i = 0; i < sequence.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{sequence.GetX(i):0.#######},{sequence.GetY(i):0.#######} ");
        }

        xml.WriteElementString("coordinates", text.ToString().TrimEnd());
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // KML colours are aabbggrr; half-transparent fills so the imagery shows through, in the map's status colours.
    private static string Colour(ComplianceStatus status) => status switch
    {
        ComplianceStatus.MustArrange => "b3637bef",
        ComplianceStatus.BelowStandard => "b38cdcfc",
        ComplianceStatus.Meets => "b3b5e8cc",
        ComplianceStatus.Exempt => "b3e1ca9e",
        ComplianceStatus.NoStandard => "b3eed7e3",
        _ => "b3d9d9d9",
    };
}
