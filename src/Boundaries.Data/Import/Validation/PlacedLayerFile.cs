using System.Runtime.InteropServices;
using Boundaries.Data.Import.GeoJson;
using Boundaries.Data.Import.Layers;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace Boundaries.Data.Import.Validation;

/// <summary>The binary form of a layer kept by <see cref="CheckedLayers"/>: its description, then each feature's index, polygons (raw lon/lat doubles) and attributes.</summary>
/// <remarks>Only 2-D polygons and multipolygons are written: a layer kept is wholly valid, hence wholly polygonal.</remarks>
internal static class PlacedLayerFile
{
    private const string Magic = "boundaries-layer/1";

    /// <summary>True when every geometry of the layer can be written (2-D polygons and multipolygons, or none).</summary>
    public static bool CanWrite(PlacedLayer layer) =>
        layer.Features.All(f => f.Geometry is null || (f.Geometry is Polygon or MultiPolygon && AllTwoDimensional(f.Geometry)));

    public static void Write(Stream stream, PlacedLayer layer)
    {
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        var source = layer.Source;
        w.Write(source.Format);
        Optional(w, source.LayerName);
        Optional(w, source.DeclaredCrs?.Text);
        Optional(w, source.DeclaredCrs?.Origin);
        w.Write(source.DefaultEpsg ?? -1);
        Optional(w, source.TextEncoding);
        w.Write(layer.Epsg);
        w.Write(layer.CrsOrigin);
        w.Write(layer.Features.Count);
        foreach (var feature in layer.Features)
        {
            w.Write(feature.Index);
            WriteGeometry(w, feature.Geometry);
            w.Write(feature.Attributes.Count);
            foreach (var (name, value) in feature.Attributes)
            {
                w.Write(name);
                Optional(w, value);
            }
        }
    }

    public static PlacedLayer Read(Stream stream, string file)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (r.ReadString() != Magic)
        {
            throw new InvalidDataException("not a kept layer");
        }

        var format = r.ReadString();
        var layerName = Optional(r);
        var crsText = Optional(r);
        var crsOrigin = Optional(r);
        var defaultEpsg = r.ReadInt32();
        var encoding = Optional(r);
        var epsg = r.ReadInt32();
        var origin = r.ReadString();
        var factory = GeoJsonReadOptions.Import.Factory;
        var features = new SourceFeature[r.ReadInt32()];
        var buffer = new byte[1 << 16];
        for (var i = 0; i < features.Length; i++)
        {
            var index = r.ReadInt32();
            var geometry = ReadGeometry(r, factory, ref buffer);
            if (geometry is not null)
            {
                geometry.SRID = epsg;
            }

            var count = r.ReadInt32();
            var attributes = new Dictionary<string, string?>(count, StringComparer.OrdinalIgnoreCase);
            for (var a = 0; a < count; a++)
            {
                attributes[r.ReadString()] = Optional(r);
            }

            features[i] = new SourceFeature(index, geometry, attributes);
        }

        var source = new SourceLayer
        {
            File = file,
            Format = format,
            LayerName = layerName,
            Features = features,
            DeclaredCrs = crsText is null ? null : new DeclaredCrs(crsText, crsOrigin ?? ""),
            DefaultEpsg = defaultEpsg < 0 ? null : defaultEpsg,
            TextEncoding = encoding,
        };
        return new PlacedLayer(source, features, epsg, origin);
    }

    private static void WriteGeometry(BinaryWriter w, Geometry? geometry)
    {
        if (geometry is null)
        {
            w.Write((byte)0);
            return;
        }

        w.Write(geometry is Polygon ? (byte)1 : (byte)2);
        w.Write(geometry.NumGeometries);
        for (var p = 0; p < geometry.NumGeometries; p++)
        {
            var polygon = (Polygon)geometry.GetGeometryN(p);
            w.Write(polygon.IsEmpty ? 0 : 1 + polygon.NumInteriorRings);
            if (polygon.IsEmpty)
            {
                continue;
            }

            WriteRing(w, polygon.ExteriorRing.CoordinateSequence);
            for (var h = 0; h < polygon.NumInteriorRings; h++)
            {
                WriteRing(w, polygon.GetInteriorRingN(h).CoordinateSequence);
            }
        }
    }

    private static void WriteRing(BinaryWriter w, CoordinateSequence ring)
    {
        var xy = new double[ring.Count * 2];
        for (var i = 0; i < ring.Count; i++)
        {
            xy[i * 2] = ring.GetX(i);
            xy[(i * 2) + 1] = ring.GetY(i);
        }

        w.Write(ring.Count);
        w.Write(MemoryMarshal.AsBytes(xy.AsSpan()));
    }

    private static Geometry? ReadGeometry(BinaryReader r, GeometryFactory factory, ref byte[] buffer)
    {
        var kind = r.ReadByte();
        if (kind == 0)
        {
            return null;
        }

        var polygons = new Polygon[r.ReadInt32()];
        for (var p = 0; p < polygons.Length; p++)
        {
            var rings = r.ReadInt32();
            if (rings == 0)
            {
                polygons[p] = factory.CreatePolygon();
                continue;
            }

            var shell = factory.CreateLinearRing(ReadRing(r, ref buffer));
            var holes = new LinearRing[rings - 1];
            for (var h = 0; h < holes.Length; h++)
            {
                holes[h] = factory.CreateLinearRing(ReadRing(r, ref buffer));
            }

            polygons[p] = factory.CreatePolygon(shell, holes);
        }

        return kind == 1 ? polygons[0] : factory.CreateMultiPolygon(polygons);
    }

    // One ring's doubles read straight into the coordinates; the sequence is made with its dimension given, so NTS
    // does not scan every coordinate to find it out.
    private static CoordinateArraySequence ReadRing(BinaryReader r, ref byte[] buffer)
    {
        var count = r.ReadInt32();
        var bytes = count * 2 * sizeof(double);
        if (buffer.Length < bytes)
        {
            buffer = new byte[Math.Max(bytes, buffer.Length * 2)];
        }

        r.BaseStream.ReadExactly(buffer.AsSpan(0, bytes));
        var xy = MemoryMarshal.Cast<byte, double>(buffer.AsSpan(0, bytes));
        var coordinates = new Coordinate[count];
        for (var i = 0; i < count; i++)
        {
            coordinates[i] = new Coordinate(xy[i * 2], xy[(i * 2) + 1]);
        }

        return new CoordinateArraySequence(coordinates, 2, 0);
    }

    private static bool AllTwoDimensional(Geometry geometry)
    {
        for (var p = 0; p < geometry.NumGeometries; p++)
        {
            var polygon = (Polygon)geometry.GetGeometryN(p);
            if (polygon.IsEmpty)
            {
                continue;
            }

            if (polygon.ExteriorRing.CoordinateSequence.Dimension != 2 || polygon.ExteriorRing.CoordinateSequence.Measures != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void Optional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? Optional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}
