namespace Boundaries.Data.Tests.Standards;

/// <summary>Locates repository files from the test's output folder (walks up to Boundaries.sln).</summary>
internal static class StandardsTestPaths
{
    public static string Root { get; } = FindRoot();

    public static string Catalogue => Path.Combine(Root, "data", "standards");

    public static string TraVinh(string file) => Path.Combine(Root, "data", "boundaries", "tra-vinh", file);

    /// <summary>The folder of these tests' source files, where approval files live.</summary>
    public static string TestSources => Path.Combine(Root, "tests", "Boundaries.Data.Tests", "Standards");

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
