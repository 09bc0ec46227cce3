namespace Boundaries.Web.Downloads;

/// <summary>The downloads this planner offers: the built-in ones, each replaced by the host's download of the same name.</summary>
internal sealed class DownloadCatalogue
{
    /// <summary>Merges the host's downloads into the built-in list.</summary>
    public DownloadCatalogue(IReadOnlyList<Download> added)
    {
        var byName = added.ToDictionary(d => d.Name, StringComparer.Ordinal);
        All = [.. BuiltInDownloads.All.Select(d => byName.GetValueOrDefault(d.Name, d)), .. added.Where(d => BuiltInDownloads.All.All(b => b.Name != d.Name))];
    }

    /// <summary>Every download, in the order the page lists them.</summary>
    public IReadOnlyList<Download> All { get; }

    /// <summary>The download with this name, or null.</summary>
    public Download? Find(string name) => All.FirstOrDefault(d => d.Name == name);
}
