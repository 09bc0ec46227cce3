namespace Boundaries.Testing;

/// <summary>A folder under the system temp directory for files a test writes, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "boundaries-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>A path in the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>The names of the entries in the folder, sorted, hidden files included.</summary>
    public IReadOnlyList<string> Entries() =>
        Directory.EnumerateFileSystemEntries(Path).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    /// <summary>Writes a text file into the folder; returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Copies the files of a shapefile (every extension given) into the folder; returns the new .shp path.</summary>
    public string CopyShapefile(string shpPath, params string[] extensions)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(shpPath);
        foreach (var ext in extensions)
        {
            System.IO.File.Copy(System.IO.Path.ChangeExtension(shpPath, ext), File(name + ext));
        }

        return File(name + ".shp");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform must not fail the test that created it.
        }
    }
}
