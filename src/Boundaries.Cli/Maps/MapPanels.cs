using Boundaries.Maps;

namespace Boundaries.Cli.Maps;

/// <summary>The panels of a map command: the project as it is, or after a scenario, or both side by side.</summary>
/// <param name="Panels">One or two panels.</param>
/// <param name="Run">The scenario applied, when one was given.</param>
internal sealed record MapPanels(IReadOnlyList<MapPanel> Panels, ScenarioRun? Run)
{
    /// <summary>Builds the panels; evaluates them when <paramref name="evaluate"/> (colouring by status).</summary>
    public static MapPanels Build(OpenedProject opened, string? scenarioFile, bool beforeAfter, bool evaluate, string? asOfText, string? standardsFolder)
    {
        var catalogue = evaluate ? Catalogue.Load(standardsFolder) : null;
        if (scenarioFile is null)
        {
            var evaluation = catalogue is null ? null : Evaluating.Evaluate(opened.Map, catalogue, Dates.Parse(asOfText));
            return new MapPanels([new MapPanel(null, opened.Map) { Evaluation = evaluation }], null);
        }

        var run = ScenarioRun.Apply(scenarioFile, opened.Map);
        if (catalogue is not null)
        {
            run = run.Evaluated(catalogue, Dates.Parse(asOfText, run.Scenario.EffectiveDate));
        }

        var after = new MapPanel(beforeAfter ? "Sau sắp xếp (phương án)" : null, run.Result.Map)
        {
            Evaluation = run.Assessment?.After,
            Changed = run.ChangedAfter,
        };
        if (!beforeAfter)
        {
            return new MapPanels([after], run);
        }

        var before = new MapPanel("Hiện trạng (trước sắp xếp)", run.Result.Baseline)
        {
            Evaluation = run.Assessment?.Before,
            Changed = run.ChangedBefore,
        };
        return new MapPanels([before, after], run);
    }
}
