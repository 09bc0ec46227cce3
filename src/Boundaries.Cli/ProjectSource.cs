using Boundaries.Data.Import;
using Boundaries.Data.Projects;
using Boundaries.Data.Store.Postgis;

namespace Boundaries.Cli;

/// <summary>Opens what the user named: a project file (.gpkg), or a dataset to import on the fly.</summary>
internal static class ProjectSource
{
    /// <summary>Reads the map from a shared project (PostgreSQL), a project file, or imports a dataset folder / manifest / single file in memory within <paramref name="limits"/>.</summary>
    public static async Task<OpenedProject> OpenAsync(string path, ReadLimits limits, CliConsole console, CancellationToken ct, string? standardsFolder = null)
    {
        if (ProjectLocation.Database(path) is { } database)
        {
            return OpenedProject.From(await new PostgisProjectStore(database).LoadAsync(ct), database.Display);
        }

        if (path.EndsWith(".gpkg", StringComparison.OrdinalIgnoreCase) && File.Exists(path) && await GeoPackageProjectStore.IsProjectAsync(path, ct))
        {
            return OpenedProject.From(await Reading(path, () => new GeoPackageProjectStore(path).LoadAsync(ct)), path);
        }

        // Raw data goes through import's own checks: an error-level problem stops the command as it stops import.
        var built = InvalidFeatures.Enforce(
            path,
            await Reading(path, () => BuildAsync(path, ImportOptions.Default with { Limits = limits }, standardsFolder, console)),
            skip: false,
            console.Error,
            "'boundaries import --skip-invalid' leaves them out into the report");
        return OpenedProject.From(built.Project, path);
    }

    /// <summary>Runs a read, turning I/O failures of the input into a one-line input error (a missing file stays "not found").</summary>
    public static async Task<T> Reading<T>(string path, Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException && e is not (FileNotFoundException or DirectoryNotFoundException))
        {
            throw new InputDataException(path, $"cannot be read ({e.Message.TrimEnd('.')})", e);
        }
    }

    /// <summary>Imports with a progress bar on a terminal; quietly otherwise.</summary>
    public static Task<ProjectBuildResult> BuildAsync(string path, ImportOptions options, string? standardsFolder, CliConsole console) =>
        ProgressSteps.RunAsync(console, steps => Task.FromResult(Build(path, options, standardsFolder, steps)));

    /// <summary>Imports, reporting as one step of a longer run.</summary>
    public static ProjectBuildResult Build(string path, ImportOptions options, string? standardsFolder, ProgressSteps steps)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file or folder", path);
        }

        var catalogue = Catalogue.Load(standardsFolder);
        options = options with { CheckedLayers = options.CheckedLayers ?? CacheFolder.CheckedLayers() };
        var bar = steps.Step($"Importing {Path.GetFileName(Path.GetFullPath(path))}");
        var progress = new FileProgress(p =>
        {
            steps.Describe($"Importing: {p.Stage}{(p.File is null ? "" : $" {Path.GetFileName(p.File)}")}");
            var perFile = p.FilesTotal == 0 ? 1.0 : 1.0 / p.FilesTotal;
            bar.Report((p.FilesDone * perFile) + ((p.FileFraction ?? 0) * perFile));
        });
        try
        {
            return ProjectBuilder.Build(path, options, catalogue, progress);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException && e is not (FileNotFoundException or DirectoryNotFoundException))
        {
            throw new InputDataException(path, $"cannot be read ({e.Message.TrimEnd('.')})", e);
        }
    }

    /// <summary>Receives import progress on the importer's thread.</summary>
    private sealed class FileProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
