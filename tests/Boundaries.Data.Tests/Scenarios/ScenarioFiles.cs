namespace Boundaries.Data.Tests.Scenarios;

/// <summary>Paths of the bundled scenario files.</summary>
internal static class ScenarioFiles
{
    public static string Folder => Path.Combine(RepoPaths.Root, "data", "scenarios");

    public static string Path1277 => Path.Combine(Folder, "nq1277-2024-tp-tra-vinh.json");

    public static string Path728 => Path.Combine(Folder, "nq728-2023-long-khanh-ngu-lac.json");

    public static string Expansion => Path.Combine(Folder, "tp-tra-vinh-expansion.json");

    public static string Resolve2023 => Path.Combine(Folder, "resolve-2023.json");
}
