using System.Text;
using Boundaries.Cli.Tests.TestSupport;

namespace Boundaries.Cli.Tests.Corpus;

/// <summary>A fresh folder for one bad input, with the good project and scenario the other arguments of each command use.</summary>
internal sealed class Workspace(string folder, string goodProject)
{
    public string Folder { get; } = folder;

    /// <summary>The Trà Vinh project file, outside the folder.</summary>
    public string GoodProject { get; } = goodProject;

    /// <summary>NQ 1277/2024 (merge of Phường 2, 3 and 6 of TP Trà Vinh).</summary>
    public string GoodScenario { get; } = Path.Combine(RepoPaths.Root, "data", "scenarios", "nq1277-2024-tp-tra-vinh.json");

    public string File(string name) => Path.Combine(Folder, name);

    public string Write(string name, string text)
    {
        var path = File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string Bytes(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Every command that reads a project or dataset, each reading <paramref name="project"/>; outputs go into the folder.</summary>
    public IReadOnlyList<CommandLine> ProjectCommands(string project, string? names = null)
    {
        var n = names ?? Path.GetFileName(project);
        return
        [
            new(["import", project, "--out", File("out.gpkg")], n),
            new(["units", project, "--format", "csv", "--out", File("units.csv")], n),
            new(["qa", project, "--format", "csv", "--out", File("qa.csv")], n),
            new(["evaluate", project, "--as-of", "2023-06-13", "--format", "csv", "--out", File("evaluation.csv")], n),
            new(["info", project], n),
            new(["export", project, "--out", File("layer.geojson")], n),
            new(["map", project, "--out", File("map.svg")], n),
            new(["scenario", "apply", project, GoodScenario, "--out", File("applied")], n),
            new(["scenario", "validate", GoodScenario, "--project", project], n),
            new(["scenario", "suggest", project, "--unit", "29245", "--as-of", "2023-06-13"], n),
            new(["dossier", project, GoodScenario, "--out", File("ho-so"), "--as-of", "2023-06-13"], n),
        ];
    }

    /// <summary>Import only: for inputs (dataset folders) every other command reads the same way, checked once with units.</summary>
    public IReadOnlyList<CommandLine> ImportAndUnits(string source, string names) =>
    [
        new(["import", source, "--out", File("out.gpkg")], names),
        new(["units", source, "--format", "csv", "--out", File("units.csv")], names),
    ];

    /// <summary>Every command that reads a scenario file, each reading <paramref name="scenario"/>.</summary>
    public IReadOnlyList<CommandLine> ScenarioCommands(string scenario)
    {
        var n = Path.GetFileName(scenario);
        return
        [
            new(["scenario", "apply", GoodProject, scenario, "--out", File("applied")], n),
            new(["scenario", "validate", scenario, "--project", GoodProject], n),
            new(["dossier", GoodProject, scenario, "--out", File("ho-so"), "--as-of", "2023-06-13"], n),
            new(["export", GoodProject, "--scenario", scenario, "--out", File("layer.geojson")], n),
            new(["map", GoodProject, "--scenario", scenario, "--out", File("map.svg")], n),
        ];
    }
}
