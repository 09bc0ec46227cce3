using System.Security.Cryptography;
using Boundaries.Cli.Files;

namespace Boundaries.Cli.Tests.Corpus;

/// <summary>Every entry under a folder with a hash of its bytes, to assert that a refused command created or changed nothing.</summary>
internal static class FolderSnapshot
{
    public static SortedDictionary<string, string> Of(string folder)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(folder, entry.FullName);
            entries[name] = entry.LinkTarget is { } target ? "link → " + target
                : FileIdentity.Of(entry.FullName).Kind switch
                {
                    FileKind.File => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName))),
                    FileKind.Folder => "folder",
                    var kind => kind.ToString(),
                };
        }

        return entries;
    }
}
