namespace Boundaries.Data.Standards;

/// <summary>A standards catalogue file that cannot be used, with the file, the rule and the JSON path of the problem.</summary>
public sealed class StandardsCatalogueException : Exception
{
    /// <summary>Creates the exception; the message is one line: "file: rule 'id' (path): problem".</summary>
    public StandardsCatalogueException(string file, string? ruleId, string? jsonPath, string problem, Exception? inner = null)
        : base(Format(file, ruleId, jsonPath, problem), inner)
    {
        File = file;
        RuleId = ruleId;
        JsonPath = jsonPath;
        Problem = problem;
    }

    /// <summary>The catalogue file.</summary>
    public string File { get; }

    /// <summary>The id of the rule being read, when known.</summary>
    public string? RuleId { get; }

    /// <summary>Where in the file, e.g. "$.regime.standards[3].min_population".</summary>
    public string? JsonPath { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    private static string Format(string file, string? ruleId, string? jsonPath, string problem)
    {
        var where = (ruleId, jsonPath) switch
        {
            (not null, not null) => $" rule '{ruleId}' ({jsonPath}):",
            (not null, null) => $" rule '{ruleId}':",
            (null, not null) => $" {jsonPath}:",
            _ => "",
        };
        return $"{file}:{where} {problem}";
    }
}
