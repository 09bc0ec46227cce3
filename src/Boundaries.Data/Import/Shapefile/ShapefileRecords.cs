using System.Buffers.Binary;

namespace Boundaries.Data.Import.Shapefile;

/// <summary>Walks the record headers of a .shp before any record is read, so that a damaged or oversized file is refused without allocating what it claims.</summary>
/// <remarks>
/// ESRI Shapefile Technical Description (1998): a 100-byte header whose file length (bytes 24–27, big-endian) is in
/// 16-bit words, then records of an 8-byte header (record number, content length in words, both big-endian) and
/// content; a polygon's content holds its number of points at bytes 40–43 (little-endian).
/// </remarks>
internal static class ShapefileRecords
{
    private const int HeaderBytes = 100;
    private const int FileCode = 9994;

    /// <summary>Throws <see cref="InputDataException"/> for a header or record that does not fit the file, or that passes the limits.</summary>
    public static void Check(string shpPath, ReadLimits limits)
    {
        using var stream = new FileStream(shpPath, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess);
        var length = stream.Length;
        Span<byte> header = stackalloc byte[HeaderBytes];
        if (stream.ReadAtLeast(header, HeaderBytes, throwOnEndOfStream: false) < HeaderBytes || BinaryPrimitives.ReadInt32BigEndian(header) != FileCode)
        {
            throw new InputDataException(shpPath, $"not a shapefile: the file is {length} bytes and does not start with the .shp header");
        }

        var declared = BinaryPrimitives.ReadInt32BigEndian(header[24..]) * 2L;
        if (declared > length)
        {
            throw new InputDataException(shpPath, $"truncated: the header says {declared} bytes, the file has {length}");
        }

        Span<byte> record = stackalloc byte[12];
        Span<byte> points = stackalloc byte[4];
        var (position, count) = ((long)HeaderBytes, 0);
        while (position + 8 <= length)
        {
            stream.Position = position;
            if (stream.ReadAtLeast(record, 12, throwOnEndOfStream: false) < 8)
            {
                break;
            }

            var content = BinaryPrimitives.ReadInt32BigEndian(record[4..]) * 2L;
            if (content < 4 || position + 8 + content > length)
            {
                throw new InputDataException(shpPath, $"record {count + 1} claims {content} bytes but {length - position - 8} are left: the file is truncated or damaged");
            }

            if (++count > limits.MaxFeatures)
            {
                throw limits.TooManyFeatures(shpPath);
            }

            // Polygons and polylines (types 3, 5 and their Z and M forms) hold their number of points at byte 40.
            if (content >= 44 && BinaryPrimitives.ReadInt32LittleEndian(record[8..]) is 3 or 5 or 13 or 15 or 23 or 25)
            {
                stream.Position = position + 8 + 40;
                stream.ReadExactly(points);
                var vertices = BinaryPrimitives.ReadInt32LittleEndian(points);
                if (vertices < 0 || vertices > limits.MaxVertices)
                {
                    throw limits.TooManyVertices(shpPath, count - 1, vertices);
                }
            }

            position += 8 + content;
        }
    }
}
