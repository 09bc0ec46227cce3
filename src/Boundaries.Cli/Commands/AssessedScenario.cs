using Boundaries.Core.Standards;
using Boundaries.Documents.Figures;
using Boundaries.Core.Scenarios.Results;
using Boundaries.Core.Scenarios.Assessments;
using Boundaries.Data.Import;

namespace Boundaries.Cli.Commands;

/// <summary>What the documents of a scenario are made from (the dossier, the public hearing page): the project, the scenario applied in full and assessed, and its official figures.</summary>
/// <param name="Opened">The project.</param>
/// <param name="Scenario">The scenario.</param>
/// <param name="Result">The engine's result, every operation applied.</param>
/// <param name="Assessment">Before → after against the law in force on <paramref name="Date"/>.</param>
/// <param name="Date">The documents' date: --as-of, else the scenario's date.</param>
/// <param name="OfficialFigures">The official figures beside the scenario file (NAME.so-lieu.tsv), or none.</param>
internal sealed record AssessedScenario(OpenedProject Opened, Scenario Scenario, ScenarioResult Result, ScenarioAssessment Assessment, DateOnly Date, IReadOnlyList<OfficialFigure> OfficialFigures)
{
    /// <summary>Opens the project, applies the scenario (a refusal is an input error: nothing is written) and assesses it.</summary>
    /// <param name="read">The scenario when the caller has it already (a shared scenario read from the project); else it is read from <paramref name="scenarioPath"/>.</param>
    public static async Task<AssessedScenario> LoadAsync(string projectPath, string scenarioPath, string? asOf, string? standardsFolder, ReadLimits limits, CliConsole console, CancellationToken ct, Scenario? read = null)
    {
        var scenario = read ?? ScenarioFile.Read(scenarioPath);
        var date = Dates.Parse(asOf, scenario.Date);
        var catalogue = Catalogue.Load(standardsFolder);
        var opened = await ProjectSource.OpenAsync(projectPath, limits, console, ct, standardsFolder);
        if (!opened.Map.Provinces.Any())
        {
            throw new InputDataException(opened.Path, "holds no province: a dossier is addressed to the province's people's council; give a dataset that includes its province");
        }

        var result = ScenarioEngine.Apply(opened.Map, scenario);
        if (result.Refusal is { } refusal)
        {
            throw new InputDataException(scenarioPath, $"{refusal}; nothing was written");
        }

        ScenarioAssessment assessment;
        try
        {
            assessment = ScenarioAssessor.Assess(result, catalogue, new EvaluationOptions(date));
        }
        catch (NoRegimeInForceException e)
        {
            throw new UsageException($"--as-of {date:yyyy-MM-dd}: {e.Message}");
        }

        var figures = OfficialFiguresCsv.Beside(scenarioPath) is { } figuresPath ? OfficialFiguresCsv.Read(figuresPath) : [];
        return new AssessedScenario(opened, scenario, result, assessment, date, figures);
    }
}
