namespace Boundaries.Cli.Files;

/// <summary>What a path names on disk, after following links.</summary>
internal enum FileKind
{
    /// <summary>Nothing (or a dangling link).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    File,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A FIFO, socket, character or block device: reading one may never end.</summary>
    Special,
}
