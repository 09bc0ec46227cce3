namespace Boundaries.Web.Downloads;

/// <summary>A file the planner can download for the baseline or a scenario.</summary>
/// <param name="Name">The name in the URL ("units.geojson", "dossier.zip").</param>
/// <param name="Label">The button's label in Vietnamese.</param>
/// <param name="ContentType">The media type.</param>
/// <param name="Write">Writes the file; null while the renderer is not part of this build.</param>
/// <remarks>
/// The dossier is made by src/Boundaries.Documents when <see cref="PlannerOptions.Templates"/> is given
/// (<see cref="DossierDownload"/>), the maps by src/Boundaries.Maps (<see cref="MapDownload"/>). A host may add
/// others, or replace one, through <see cref="PlannerOptions.Downloads"/> (same <see cref="Name"/>).
/// </remarks>
public sealed record Download(string Name, string Label, string ContentType, Func<DownloadContext, Stream, CancellationToken, Task>? Write)
{
    /// <summary>True when the download works for the baseline as well as for scenarios.</summary>
    public bool ForBaseline { get; init; } = true;

    /// <summary>True when this build can make the file.</summary>
    public bool Available => Write is not null;

    /// <summary>The file name offered to the browser.</summary>
    public string FileName(DownloadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return $"{context.FileStem}-{Name}";
    }
}
