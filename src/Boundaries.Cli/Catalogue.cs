using Boundaries.Core.Standards;
using Boundaries.Data.Standards;

namespace Boundaries.Cli;

/// <summary>Finds and loads the legal standards catalogue: --standards DIR, else the copy shipped beside the program.</summary>
internal static class Catalogue
{
    /// <summary>The folder shipped with the program (data/standards of the repository, copied at build time).</summary>
    public static string BundledFolder => Path.Combine(AppContext.BaseDirectory, "standards");

    /// <summary>Loads the catalogue from <paramref name="folder"/>, or the bundled one when null.</summary>
    public static StandardsCatalogue Load(string? folder)
    {
        var dir = folder ?? BundledFolder;
        if (!Directory.Exists(dir))
        {
            throw new DirectoryNotFoundException($"{dir}: standards catalogue folder not found (give one with --standards DIR)");
        }

        return StandardsCatalogueLoader.Load(dir);
    }
}
