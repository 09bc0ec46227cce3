namespace Boundaries.Cli;

/// <summary>Opens what the user named: a project file, or a dataset to import on the fly.</summary>
internal static class ProjectSource
{
    /// <summary>Reads the map from <paramref name="path"/>.</summary>
    public static Task<OpenedProject> OpenAsync(string path, CliConsole console, CancellationToken ct) =>
        throw new UsageException($"{path}: reading projects is being wired up");
}
