namespace Boundaries.Data.Import.GeoJson;

/// <summary>Turns the line and column of a JSON error into a byte offset from the start of the file.</summary>
internal static class JsonErrorPosition
{
    /// <summary>The byte offset of (line, byte in line), both zero-based, scanning the file once; only used on the error path.</summary>
    public static long ByteOffset(string path, long lineNumber, long bytePositionInLine)
    {
        if (lineNumber <= 0)
        {
            return bytePositionInLine;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
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
