using System.IO.Compression;

namespace Boundaries.Data.Import;

/// <summary>Opens input files that may be gzip-compressed (".gz"), so that bundled data can stay small.</summary>
internal static class CompressedFile
{
    /// <summary>True when the file name ends in ".gz".</summary>
    public static bool IsGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name without a trailing ".gz" ("wards.geojson.gz" → "wards.geojson"), to tell the format by.</summary>
    public static string WithoutGz(string path) => IsGzip(path) ? path[..^3] : path;

    /// <summary>A read stream of the file's content, decompressed when it is gzip.</summary>
    public static Stream OpenRead(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return IsGzip(path) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    /// <summary>The whole decompressed content; throws <see cref="InputDataException"/> when the gzip data is broken.</summary>
    public static byte[] ReadAllBytes(string path)
    {
        if (!IsGzip(path))
        {
            return File.ReadAllBytes(path);
        }

        try
        {
            using var stream = OpenRead(path);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        }
        catch (InvalidDataException ex)
        {
            throw new InputDataException(path, $"not valid gzip data: {ex.Message}", ex);
        }
    }
}
