namespace Boundaries.Data.Scenarios;

/// <summary>The names and settings scenario files share between reading and writing.</summary>
internal static class ScenarioJson
{
    /// <summary>The format tag written in every file; readers accept files without it.</summary>
    public const string Format = "boundaries-scenario/1";

    /// <summary>The top-level fields.</summary>
    public static readonly string[] TopFields =
        ["$schema", "format", "baseline", "title", "legal_basis", "author", "date", "effective_date", "description", "operations"];
}
