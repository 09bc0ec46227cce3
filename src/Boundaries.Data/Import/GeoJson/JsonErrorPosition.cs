namespace Boundaries.Data.Import.GeoJson;

/// <summary>Turns the line and column of a JSON error into a byte offset from the start of the file, and the error into one line.</summary>
internal static class JsonErrorPosition
{
    /// <summary>The one-line error for a file that is not valid JSON: what is wrong and at which byte ("unexpected end of data at byte 40960").</summary>
    public static InputDataException Broken(string path, System.Text.Json.JsonException ex, int bomBytes, long fileLength)
    {
        var line = ex.LineNumber ?? 0;
        var inLine = ex.BytePositionInLine ?? 0;
        var offset = ByteOffset(path, line, inLine) + (line == 0 ? bomBytes : 0);
        var what = offset >= fileLength || GeoJsonMessages.IsEndOfData(ex.Message)
            ? "unexpected end of data"
            : GeoJsonMessages.Clean(ex.Message);
        return new InputDataException(path, $"not valid GeoJSON: {what} at byte {Math.Min(offset, fileLength)}", ex);
    }

    /// <summary>Skips a UTF-8 byte order mark, which the JSON reader does not accept; returns its length (0 or 3).</summary>
    public static int SkipBom(Stream stream)
    {
        Span<byte> head = stackalloc byte[3];
        var n = stream.Read(head);
        if (n == 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        {
            return 3;
        }

        stream.Position = 0;
        return 0;
    }

    /// <summary>The length of a UTF-8 byte order mark at the start of the bytes (0 or 3).</summary>
    public static int Bom(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;

    /// <summary>The byte offset of (line, byte in line), both zero-based, scanning the file once; only used on the error path.</summary>
    public static long ByteOffset(string path, long lineNumber, long bytePositionInLine)
    {
        if (lineNumber <= 0)
        {
            return bytePositionInLine;
        }

        using var stream = CompressedFile.OpenRead(path);
        var buffer = new byte[1 << 16];
        long offset = 0;
        long line = 0;
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < n; i++)
            {
                if (buffer[i] == (byte)'\n' && ++line == lineNumber)
                {
                    return offset + i + 1 + bytePositionInLine;
                }
            }

            offset += n;
        }

        return offset;
    }
}
