using System.Diagnostics;
using System.Globalization;
using Boundaries.Core.Evaluation;
using Boundaries.Core.Geodesy;
using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Units;
using Boundaries.Data.Import;
using Boundaries.Data.Standards;

namespace Boundaries.Bench;

/// <summary>
/// W4 through the scenario engine: a fresh workspace on the imported Trà Vinh baseline, one merge operation (with its
/// invariant checks), the formed unit's ellipsoidal area and perimeter, and its evaluation against the standards.
/// </summary>
/// <remarks>Median of REPS after a one-second warm-up, like <see cref="MergeWorkload"/>; import and catalogue loading are not timed.</remarks>
internal static class ScenarioMergeWorkload
{
    public static int Run(string dataset, string standards, string codeA, string codeB, int repetitions)
    {
        var baseline = DatasetImporter.Import(dataset).Map;
        var catalogue = StandardsCatalogueLoader.Load(standards);
        var options = new EvaluationOptions(new DateOnly(2023, 6, 13));
        var first = baseline[new UnitCode(codeA)];
        var operation = new MergeOperation([first.Code, new UnitCode(codeB)], new NewUnitSpec(first.Code, first.Name, first.Type));

        var stages = new double[3];
        (AdminUnit Unit, double PerimeterKm, MergerAssessment Assessment) Once()
        {
            var t0 = Stopwatch.GetTimestamp();
            var workspace = new ScenarioWorkspace(baseline);
            var t1 = Stopwatch.GetTimestamp();
            var outcome = workspace.Apply(operation);
            var t2 = Stopwatch.GetTimestamp();
            if (!outcome.Applied)
            {
                throw new InvalidOperationException($"merge refused: {outcome.Refusal}");
            }

            var formed = workspace.Find(first.Code)!;
            var perimeterKm = EllipsoidalMeasure.PerimeterKm(formed.Geometry!);
            var assessment = StandardsEvaluator.EvaluateHypothetical(catalogue, new HypotheticalUnit(
                formed.Type, formed.GeodesicAreaKm2!.Value, formed.Population?.Value ?? 0, 2) { Region = formed.Region }, options);
            var t3 = Stopwatch.GetTimestamp();
            stages[0] += Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds;
            stages[1] += Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds;
            stages[2] += Stopwatch.GetElapsedTime(t2, t3).TotalMilliseconds;
            return (formed, perimeterKm, assessment);
        }

        var (result, median, min, max) = InProcessTiming.Measure(Once, repetitions, () => Array.Clear(stages));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scenario: reps={repetitions} median_ms={median:F3} min_ms={min:F3} max_ms={max:F3} | {result.Unit.FullName} " +
            $"vertices={result.Unit.Geometry!.NumPoints} area_km2={result.Unit.GeodesicAreaKm2:F4} perimeter_km={result.PerimeterKm:F3} " +
            $"population={result.Unit.Population?.Value} meets_standard={result.Assessment.MeetsStandard}"));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  mean per stage: new workspace {stages[0] / repetitions:F3} ms, apply merge {stages[1] / repetitions:F3} ms, perimeter + evaluation {stages[2] / repetitions:F3} ms"));
        return 0;
    }
}
