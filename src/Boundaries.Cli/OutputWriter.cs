using System.Text;

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

        WriteFileAtomically(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(text);
        });
    }

    /// <summary>Runs <paramref name="write"/> on a temporary file beside <paramref name="path"/>, then moves it into place; on failure nothing is left.</summary>
    public static void WriteFileAtomically(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new OutputException($"{path}: folder {folder} does not exist");
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temp);
            throw new OutputException($"{path}: cannot write ({e.Message})", e);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
