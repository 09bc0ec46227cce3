namespace Boundaries.Data.Tests.Import.GeoJson;

/// <summary>Finds the repository's data files from the test output folder (walks up to Boundaries.sln).</summary>
internal static class GeoJsonRepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string TraVinhCommunes => Path.Combine(Root, "data", "boundaries", "tra-vinh", "communes_mapmaker_c2009.geojson");

    public static string NationalCommunesGz =>
        Path.Combine(Root, "data", "boundaries", "vietnam-c2013", "vietnam_communes_choisy_c2013_pop2009.geojson.gz");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Boundaries.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Boundaries.sln not found above " + AppContext.BaseDirectory);
    }
}
