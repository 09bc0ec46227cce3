namespace Boundaries.Documents.Tests.TestSupport;

/// <summary>Locates files of the repository from the test's output folder (walks up to Boundaries.sln).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string TraVinh => Path.Combine(Root, "data", "boundaries", "tra-vinh");

    public static string Standards => Path.Combine(Root, "data", "standards");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Scenario(string name) => Path.Combine(Root, "data", "scenarios", name);

    public static string Fixture(params string[] parts) => Path.Combine([Root, "tests", "fixtures", .. parts]);

    /// <summary>The folder of this test project's sources, where approved files live.</summary>
    public static string TestSources => Path.Combine(Root, "tests", "Boundaries.Documents.Tests");

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
