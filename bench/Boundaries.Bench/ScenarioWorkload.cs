using System.Diagnostics;
using System.Globalization;
using Boundaries.Core.Evaluation;
using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Assessments;
using Boundaries.Core.Scenarios.Results;
using Boundaries.Data.Import;
using Boundaries.Data.Scenarios;
using Boundaries.Data.Standards;

namespace Boundaries.Bench;

/// <summary>
/// A whole scenario file through the engine, as <c>boundaries scenario apply</c> computes it: every operation with its
/// invariant checks, then the before → after assessment of every affected unit against the standards.
/// </summary>
/// <remarks>
/// Median of REPS after a one-second warm-up; importing the dataset, loading the catalogue and reading the scenario
/// file are not timed (a planner's session has them open), nor is writing the outputs.
/// </remarks>
internal static class ScenarioWorkload
{
    public static int Run(string dataset, string standards, string scenarioFile, int repetitions)
    {
        var baseline = DatasetImporter.Import(dataset).Map;
        var catalogue = StandardsCatalogueLoader.Load(standards);
        var scenario = ScenarioFile.Read(scenarioFile);
        var options = new EvaluationOptions(scenario.EffectiveDate ?? new DateOnly(2023, 6, 13));

        var stages = new double[2];
        (ScenarioResult Result, ScenarioAssessment Assessment) Once()
        {
            var t0 = Stopwatch.GetTimestamp();
            var result = ScenarioEngine.Apply(baseline, scenario);
            if (result.Refusal is { } refusal)
            {
                throw new InvalidOperationException($"scenario refused: {refusal}");
            }

            var t1 = Stopwatch.GetTimestamp();
            var assessment = ScenarioAssessor.Assess(result, catalogue, options);
            stages[0] += Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds;
            stages[1] += Stopwatch.GetElapsedTime(t1).TotalMilliseconds;
            return (result, assessment);
        }

        var (last, median, min, max) = InProcessTiming.Measure(Once, repetitions, () => Array.Clear(stages));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scenario: ops={scenario.Operations.Count} reps={repetitions} median_ms={median:F3} min_ms={min:F3} max_ms={max:F3} | " +
            $"units_after={last.Result.Map.Units.Count} assessed={last.Assessment.Units.Count} file={Path.GetFileName(scenarioFile)}"));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  mean per stage: apply with checks {stages[0] / repetitions:F3} ms, assessment {stages[1] / repetitions:F3} ms"));
        return 0;
    }
}
