using System.Text;

namespace Boundaries.Data.Scenarios;

/// <summary>Writes a text file through a temporary file beside it, then renames it into place.</summary>
internal static class AtomicFile
{
    public static void WriteText(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
