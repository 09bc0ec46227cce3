namespace Boundaries.Cli.Tests.Corpus;

/// <summary>Broken scenario files, given to every command that reads one.</summary>
internal static class ScenarioKinds
{
    public static IEnumerable<BadInput> All()
    {
        yield return Scenario("scenario-empty-file", "", "");
        yield return Scenario("scenario-not-json", "{ \"title\": ", "");
        yield return Scenario("scenario-wrong-format", Good().Replace("boundaries-scenario/1", "boundaries-scenario/99"), "");
        yield return Scenario("scenario-merges-a-unit-not-in-the-map", Good().Replace("\"29245\", ", "\"99999\", ").Replace("\"29245\",", "\"99999\","), "99999");
        yield return Scenario("scenario-markup-in-a-new-code", Good().Replace("\"code\": \"29242\"", "\"code\": \"<b>1</b>\""), "");
        yield return Scenario("scenario-operations-not-an-array", Good().Replace("\"operations\": [", "\"operations\": {\"x\": [").Replace("]\n}", "]}\n}"), "");
    }

    private static string Good() => File.ReadAllText(Path.Combine(RepoPaths.Root, "data", "scenarios", "nq1277-2024-tp-tra-vinh.json"));

    private static BadInput Scenario(string kind, string text, string problem) =>
        new(kind, 2, problem, ws => ws.ScenarioCommands(ws.Write(kind + ".json", text)));
}
