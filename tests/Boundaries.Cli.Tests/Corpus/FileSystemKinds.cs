namespace Boundaries.Cli.Tests.Corpus;

/// <summary>Inputs that are not files: devices, FIFOs, folders, missing paths and link loops.</summary>
internal static class FileSystemKinds
{
    public static IEnumerable<BadInput> All()
    {
        yield return new("project-is-dev-zero", 2, "device, FIFO or socket", ws => ws.ProjectCommands("/dev/zero"));
        yield return new("project-is-dev-null", 2, "device, FIFO or socket", ws => ws.ProjectCommands("/dev/null"));
        yield return new("project-is-a-fifo", 2, "device, FIFO or socket", ws => ws.ProjectCommands(Fifo(ws, "pipe.geojson")));
        yield return new("project-does-not-exist", 3, "no such file", ws => ws.ProjectCommands(ws.File("nowhere.gpkg")));
        yield return new("project-is-a-symlink-loop", 3, "no such file", ws =>
        {
            File.CreateSymbolicLink(ws.File("loop-a.gpkg"), ws.File("loop-b.gpkg"));
            File.CreateSymbolicLink(ws.File("loop-b.gpkg"), ws.File("loop-a.gpkg"));
            return ws.ProjectCommands(ws.File("loop-a.gpkg"));
        });
        yield return new("project-is-an-empty-folder", 2, "", ws => ws.ProjectCommands(Directory.CreateDirectory(ws.File("empty")).FullName, "empty"));
        yield return new("scenario-is-a-folder", 2, "is a folder; give a file", ws => ws.ScenarioCommands(Directory.CreateDirectory(ws.File("scenario.json")).FullName));
        yield return new("scenario-is-a-fifo", 2, "device, FIFO or socket", ws => ws.ScenarioCommands(Fifo(ws, "scenario.json")));
        yield return new("scenario-is-dev-zero", 2, "device, FIFO or socket", ws => ws.ScenarioCommands("/dev/zero"));
        yield return new("scenario-does-not-exist", 3, "no such file", ws => ws.ScenarioCommands(ws.File("nowhere.json")));
        yield return new("scenario-figures-beside-it-is-a-fifo", 2, "device, FIFO or socket", ws =>
        {
            var scenario = ws.File("nq1277.json");
            File.Copy(ws.GoodScenario, scenario);
            Fifo(ws, "nq1277.so-lieu.tsv");
            return [new(["dossier", ws.GoodProject, scenario, "--out", ws.File("ho-so"), "--as-of", "2023-06-13"], "nq1277.so-lieu.tsv")];
        });
        yield return new("tally-is-a-fifo", 2, "device, FIFO or socket", ws =>
        [
            new(["consult", Fifo(ws, "tally.csv"), "--scenario", ws.GoodScenario, "--out", ws.File("ho-so")], "tally.csv"),
        ]);
        yield return new("dossier-tally-is-a-fifo", 2, "device, FIFO or socket", ws =>
        [
            new(["dossier", ws.GoodProject, ws.GoodScenario, "--out", ws.File("ho-so"), "--as-of", "2023-06-13", "--consultation", Fifo(ws, "tally.csv")], "tally.csv"),
        ]);
    }

    /// <summary>A FIFO nobody writes to: reading it would wait for ever.</summary>
    public static string Fifo(Workspace ws, string name)
    {
        var path = ws.File(name);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        return path;
    }
}
