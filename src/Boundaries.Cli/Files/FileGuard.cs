namespace Boundaries.Cli.Files;

/// <summary>Checks a command's inputs and outputs before anything is read: inputs exist and are files or folders, and no output is, or would replace, an input.</summary>
/// <remarks>
/// An output is compared with every input by device and inode, so a symbolic link, a hard link, "./x" and
/// "../dir/x" are all caught. An output folder is replaced as a whole, so it may not hold an input, nor be
/// the folder the user is working in.
/// </remarks>
internal sealed class FileGuard
{
    private readonly List<(string Path, bool MustBeFile)> _inputs = [];
    private readonly List<(string Option, string Path)> _outputFiles = [];
    private readonly List<(string Option, string Path)> _outputFolders = [];

    /// <summary>An input: a file, or a folder unless <paramref name="mustBeFile"/>; ignored when null.</summary>
    public FileGuard Input(string? path, bool mustBeFile = false)
    {
        if (path is not null)
        {
            _inputs.Add((path, mustBeFile));
        }

        return this;
    }

    /// <summary>An input folder read whole (standards, templates, fonts); ignored when null.</summary>
    public FileGuard InputFolder(string? path) => Input(path);

    /// <summary>A file the command writes; ignored when null (standard output).</summary>
    public FileGuard OutputFile(string? path, string option = "--out")
    {
        if (path is not null)
        {
            _outputFiles.Add((option, path));
        }

        return this;
    }

    /// <summary>A folder the command writes as a whole.</summary>
    public FileGuard OutputFolder(string path, string option = "--out")
    {
        _outputFolders.Add((option, path));
        return this;
    }

    /// <summary>Throws the one-line error of the first problem found; reads no file's content.</summary>
    public void Check()
    {
        var inputFiles = new List<(string Given, string File, FileIdentity Id)>();
        foreach (var (path, mustBeFile) in _inputs)
        {
            var id = FileIdentity.Of(path);
            if (id.Kind == FileKind.Missing && ProjectLocation.Database(path) is not null)
            {
                // A shared project in PostgreSQL (an address or a named connection) is no file to guard.
                continue;
            }

            switch (id.Kind)
            {
                case FileKind.Missing:
                    throw new FileNotFoundException($"{path}: no such file or folder", path);
                case FileKind.Special:
                    throw new InputDataException(path, "is a device, FIFO or socket, not a file; give the file to read");
                case FileKind.Folder when mustBeFile:
                    throw new InputDataException(path, "is a folder; give a file");
            }

            inputFiles.Add((path, path, id));
            foreach (var file in InputPaths.Expand(path).Where(f => f != path))
            {
                // A Shapefile's .dbf or a dataset's layer that is a FIFO would block the read for ever.
                var part = FileIdentity.Of(file);
                if (part.Kind == FileKind.Special)
                {
                    throw new InputDataException(file, "is a device, FIFO or socket, not a file; a dataset's files must be regular files");
                }

                inputFiles.Add((path, file, part));
            }
        }

        foreach (var (option, path) in _outputFiles)
        {
            foreach (var part in InputPaths.OutputParts(path))
            {
                var id = FileIdentity.Of(part);
                if (id.Kind is FileKind.Folder or FileKind.Special)
                {
                    throw new OutputException($"{option} {path}: {part} is {(id.Kind == FileKind.Folder ? "a folder" : "a device or FIFO")}; give a file name");
                }

                if (inputFiles.FirstOrDefault(i => i.Id.SameAs(id)) is { Given: not null } clash)
                {
                    throw Clash(option, path, clash.File, "is");
                }
            }
        }

        foreach (var (option, path) in _outputFolders)
        {
            var id = FileIdentity.Of(path);
            if (id.Kind is FileKind.File or FileKind.Special)
            {
                throw new OutputException($"{option} {path}: is a file, not a folder; give a folder for the documents");
            }

            if (id.Kind == FileKind.Missing)
            {
                continue;
            }

            if (inputFiles.FirstOrDefault(i => WithAncestors(i.File).Any(a => a.SameAs(id))) is { Given: not null } clash)
            {
                throw Clash(option, path, clash.File, "holds");
            }

            if (WithAncestors(Environment.CurrentDirectory).Any(a => a.SameAs(id)))
            {
                throw new OutputException($"{option} {path}: the folder is replaced as a whole and holds the folder you are working in; give a new folder");
            }
        }
    }

    private static InputDataException Clash(string option, string output, string input, string verb) =>
        new(output, $"{option} {verb} the input {input} (same file, whatever the spelling or link); write somewhere else — nothing was read or written");

    private static IEnumerable<FileIdentity> WithAncestors(string path)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(path)); dir is not null; dir = dir.Parent)
        {
            yield return FileIdentity.Of(dir.FullName);
        }
    }
}
