namespace Boundaries.Core.Tests.TestSupport;

/// <summary>Locates files of the repository from the test's output folder; linked into every test project.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string TraVinh => Path.Combine(Root, "data", "boundaries", "tra-vinh");

    public static string VinhLong2025 => Path.Combine(Root, "data", "boundaries", "vinh-long-2025");

    public static string Vietnam2025 => Path.Combine(Root, "data", "boundaries", "vietnam-2025");

    public static string Standards => Path.Combine(Root, "data", "standards");

    public static string NationalCommunes => Path.Combine(Root, "data", "boundaries", "vietnam-c2013", "vietnam_communes_choisy_c2013_pop2009.geojson.gz");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Scenario(string file) => Path.Combine(Root, "data", "scenarios", file);

    /// <summary>The source folder of a test project, where approval files live.</summary>
    public static string TestProject(string name) => Path.Combine(Root, "tests", name);

    public static string Fixture(params string[] parts) => Path.Combine([Root, "tests", "fixtures", .. parts]);

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
