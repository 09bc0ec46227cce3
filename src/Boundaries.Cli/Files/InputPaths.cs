namespace Boundaries.Cli.Files;

/// <summary>The files an input path stands for: the file, a Shapefile's companions, or every file of a folder.</summary>
internal static class InputPaths
{
    private static readonly string[] ShapefileParts = [".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx"];

    // A dataset or templates folder holds tens of files; the cap keeps a mistaken "/" from walking the disk.
    private const int MaxFilesPerFolder = 20_000;

    /// <summary>Every existing file <paramref name="path"/> involves.</summary>
    public static IEnumerable<string> Expand(string path)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 })
                .Take(MaxFilesPerFolder);
        }

        if (path.EndsWith(".shp", StringComparison.OrdinalIgnoreCase))
        {
            return ShapefileParts.Select(e => Path.ChangeExtension(path, e)).Where(File.Exists);
        }

        // A manifest reads the files of its folder.
        if (Path.GetFileName(path).Equals("dataset.json", StringComparison.OrdinalIgnoreCase) && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            return Expand(folder);
        }

        return [path];
    }

    /// <summary>The files an output path will be written as: a Shapefile's five parts, else the file itself.</summary>
    public static IEnumerable<string> OutputParts(string path) =>
        path.EndsWith(".shp", StringComparison.OrdinalIgnoreCase)
            ? ShapefileParts.Take(5).Select(e => Path.ChangeExtension(path, e))
            : [path];
}
