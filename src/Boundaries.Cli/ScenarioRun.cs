using Boundaries.Core.Scenarios.Assessments;
using Boundaries.Core.Scenarios.Results;
using Boundaries.Core.Standards;

namespace Boundaries.Cli;

/// <summary>A scenario applied to an opened project and evaluated before and after, for commands that draw or export it.</summary>
/// <param name="File">The scenario file as the user named it.</param>
/// <param name="Scenario">The scenario read.</param>
/// <param name="Result">The baseline, the new map and the changes.</param>
/// <param name="Assessment">Both maps evaluated on the scenario's figures; null when no evaluation was asked for.</param>
internal sealed record ScenarioRun(string File, Scenario Scenario, ScenarioResult Result, ScenarioAssessment? Assessment)
{
    /// <summary>Reads and applies the scenario; a refused operation is an input error and nothing is written.</summary>
    public static ScenarioRun Apply(string file, AdminMap baseline)
    {
        var scenario = ScenarioFile.Read(file);
        var result = ScenarioEngine.Apply(baseline, scenario);
        if (result.Refusal is { } refusal)
        {
            throw new InputDataException(file, $"{refusal}; nothing was written");
        }

        return new ScenarioRun(file, scenario, result, null);
    }

    /// <summary>This run with both maps evaluated as of <paramref name="asOf"/>.</summary>
    public ScenarioRun Evaluated(StandardsCatalogue catalogue, DateOnly asOf)
    {
        try
        {
            return this with { Assessment = ScenarioAssessor.Assess(Result, catalogue, new EvaluationOptions(asOf)) };
        }
        catch (NoRegimeInForceException e)
        {
            throw new UsageException($"{e.Message}; give --as-of DATE");
        }
    }

    /// <summary>Commune-level codes the scenario changed or removed, as they were before.</summary>
    public IReadOnlySet<UnitCode> ChangedBefore =>
        Result.Changes.Where(c => c.Before is { Level: UnitLevel.Commune }).Select(c => c.Before!.Code).ToHashSet();

    /// <summary>Commune-level codes the scenario changed or created, as they are after.</summary>
    public IReadOnlySet<UnitCode> ChangedAfter =>
        Result.Changes.Where(c => c.After is { Level: UnitLevel.Commune }).Select(c => c.After!.Code).ToHashSet();
}
