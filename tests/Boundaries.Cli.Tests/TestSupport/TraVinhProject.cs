namespace Boundaries.Cli.Tests.TestSupport;

/// <summary>One project file imported from the bundled Trà Vinh data by the real program, shared by the command tests.</summary>
public sealed class TraVinhProject : IDisposable
{
    private readonly TempFolder _folder = new();

    public TraVinhProject()
    {
        Path = _folder.File("tra-vinh.gpkg");
        Import = BoundariesCommand.Run(_folder.Path, "import", RepoPaths.TraVinh, "--out", Path);
    }

    /// <summary>The project file.</summary>
    public string Path { get; }

    /// <summary>What the import printed.</summary>
    internal BoundariesProcess.Result Import { get; }

    internal string Folder => _folder.Path;

    public void Dispose() => _folder.Dispose();
}
