using Boundaries.Data.Import;
using Boundaries.Data.Projects;
using Boundaries.Data.Store;
using Spectre.Console;

namespace Boundaries.Cli;

/// <summary>Opens what the user named: a project file (.gpkg), or a dataset to import on the fly.</summary>
internal static class ProjectSource
{
    /// <summary>Reads the map from a project file, or imports a dataset folder / manifest / single file in memory.</summary>
    public static async Task<OpenedProject> OpenAsync(string path, CliConsole console, CancellationToken ct, string? standardsFolder = null)
    {
        if (path.EndsWith(".gpkg", StringComparison.OrdinalIgnoreCase) && File.Exists(path))
        {
            var project = await new GeoPackageProjectStore(path).LoadAsync(ct);
            return new OpenedProject(project.Map, project.Metadata.DatasetName, path, project.Issues, project.Metadata.Sources, project.Metadata.UnitsAsOf);
        }

        var built = Build(path, ImportOptions.Default, standardsFolder, console);
        var p = built.Project;
        return new OpenedProject(p.Map, p.Metadata.DatasetName, path, p.Issues, p.Metadata.Sources, p.Metadata.UnitsAsOf);
    }

    /// <summary>Imports with a progress bar on a terminal; quietly otherwise.</summary>
    public static ProjectBuildResult Build(string path, ImportOptions options, string? standardsFolder, CliConsole console)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file or folder", path);
        }

        var catalogue = Catalogue.Load(standardsFolder);
        if (!console.IsInteractive)
        {
            return ProjectBuilder.Build(path, options, catalogue);
        }

        ProjectBuildResult? result = null;
        console.Out.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"Đọc {Markup.Escape(Path.GetFileName(Path.GetFullPath(path)))}", maxValue: 1.0);
                var progress = new SynchronousProgress<ImportProgress>(p =>
                {
                    task.Description = Markup.Escape($"{p.Stage}{(p.File is null ? "" : $" {Path.GetFileName(p.File)}")}");
                    var perFile = p.FilesTotal == 0 ? 1.0 : 1.0 / p.FilesTotal;
                    task.Value = Math.Min(1.0, (p.FilesDone * perFile) + ((p.FileFraction ?? 0) * perFile));
                });
                result = ProjectBuilder.Build(path, options, catalogue, progress);
                task.Value = 1.0;
            });
        return result!;
    }

    /// <summary>An IProgress that reports on the caller's thread, in order (System.Progress posts to the thread pool).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
