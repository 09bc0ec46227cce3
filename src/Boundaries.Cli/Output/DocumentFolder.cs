using Boundaries.Documents;

namespace Boundaries.Cli.Output;

/// <summary>Writes rendered document files into a folder (created if needed), every file atomically.</summary>
internal static class DocumentFolder
{
    /// <summary>Writes each document in each format into <paramref name="folder"/>.</summary>
    /// <returns>The files written, in order.</returns>
    public static IReadOnlyList<string> Write(IEnumerable<RenderedDocument> documents, string folder, OutputFormats formats)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var files = DossierRenderer.Files(documents, formats);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.Name);
            AtomicFile.Write(path, s => s.Write(file.Content));
            written.Add(path);
        }

        return written;
    }
}
