using Boundaries.Core.Scenarios.Results;
using Boundaries.Core.Scenarios.Steps;
using Boundaries.Core.Scenarios.Operations;

namespace Boundaries.Core.Scenarios;

/// <summary>Applies a scenario to a copy of a map: the entry point for files and the command line.</summary>
public static class ScenarioEngine
{
    /// <summary>Applies the operations in order; stops at the first refused one and says why in <see cref="ScenarioResult.Refusal"/>.</summary>
    public static ScenarioResult Apply(AdminMap baseline, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var workspace = Replay(baseline, scenario.Operations, out var refusal);
        return workspace.ToResult(scenario, refusal);
    }

    /// <summary>A workspace with the operations applied in order, up to the first refused one (then <paramref name="refusal"/> says why).</summary>
    public static ScenarioWorkspace Replay(AdminMap baseline, IEnumerable<ScenarioOperation> operations, out OperationRefusal? refusal)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(operations);
        var workspace = new ScenarioWorkspace(baseline);
        refusal = null;
        foreach (var operation in operations)
        {
            var outcome = workspace.Apply(operation);
            if (!outcome.Applied)
            {
                refusal = outcome.Refusal;
                break;
            }
        }

        return workspace;
    }
}
