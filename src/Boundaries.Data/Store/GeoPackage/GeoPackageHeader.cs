using System.Buffers.Binary;
using System.Text;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>Checks the first bytes of a file before SQLite opens it, so that any file gets a clear message.</summary>
internal static class GeoPackageHeader
{
    // Req 1: "The first 16 bytes of a GeoPackage SHALL be the null-terminated ASCII string "SQLite format 3"".
    private static readonly byte[] SqliteMagic = Encoding.ASCII.GetBytes("SQLite format 3\0");

    // The SQLite database header is 100 bytes; the application_id is the big-endian integer at offset 68.
    private const int HeaderLength = 100;
    private const int ApplicationIdOffset = 68;

    /// <summary>Throws <see cref="InputDataException"/> unless the file exists and is an SQLite database marked as a GeoPackage.</summary>
    public static void Check(string file)
    {
        if (Directory.Exists(file))
        {
            throw new InputDataException(file, "is a folder, not a GeoPackage project file");
        }

        if (!File.Exists(file))
        {
            throw new InputDataException(file, "file not found");
        }

        var header = new byte[HeaderLength];
        int read;
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            read = stream.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        }

        if (read < HeaderLength || !header.AsSpan(0, SqliteMagic.Length).SequenceEqual(SqliteMagic))
        {
            throw new InputDataException(file, "not a GeoPackage (the file is not an SQLite database)");
        }

        var applicationId = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(ApplicationIdOffset, 4));
        if (applicationId != GeoPackageSchema.ApplicationId)
        {
            throw new InputDataException(file, $"not a GeoPackage (SQLite application_id is 0x{applicationId:X8}, a GeoPackage has 0x{GeoPackageSchema.ApplicationId:X8} 'GPKG')");
        }
    }
}
