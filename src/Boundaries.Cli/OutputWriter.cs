namespace Boundaries.Cli;

/// <summary>Writes command output to standard output or, atomically, to a file.</summary>
internal static class OutputWriter
{
    /// <summary>Writes text to <paramref name="path"/> (temporary file, then rename) or to standard output when null.</summary>
    public static void Write(CliConsole console, string? path, string text)
    {
        if (path is null)
        {
            console.WriteRaw(text);
            return;
        }

        WriteFile(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(text);
        });
    }

    /// <summary>Writes a file all-or-nothing, turning I/O failures into one-line output errors.</summary>
    public static void WriteFile(string path, Action<Stream> write)
    {
        try
        {
            AtomicFile.Write(path, write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"{path}: cannot write ({e.Message})", e);
        }
    }
}
