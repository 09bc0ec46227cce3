using Boundaries.Core.Scenarios.Results;
using Boundaries.Core.Units;

namespace Boundaries.Core.Scenarios;

/// <summary>Applies a scenario to a copy of a map: the entry point for files and the command line.</summary>
public static class ScenarioEngine
{
    /// <summary>Applies the operations in order; stops at the first refused one and says why in <see cref="ScenarioResult.Refusal"/>.</summary>
    public static ScenarioResult Apply(AdminMap baseline, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(scenario);
        var workspace = new ScenarioWorkspace(baseline);
        foreach (var operation in scenario.Operations)
        {
            var outcome = workspace.Apply(operation);
            if (!outcome.Applied)
            {
                return workspace.ToResult(scenario, outcome.Refusal);
            }
        }

        return workspace.ToResult(scenario);
    }
}
