using Boundaries.Core.Planning;
using Boundaries.Planning;

namespace Boundaries.Cli.Planning;

/// <summary><c>boundaries plan</c>: a whole-province arrangement, every commune-level unit in one group, written as scenario files.</summary>
internal static class PlanCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var rules = new Option<string>("--rules") { Description = "The orientation the groups are judged by (an id of data/standards)", DefaultValueFactory = _ => "nq76-2025" };
        var after = new Option<string?>("--after") { Description = "Plan on the map after this scenario (e.g. data/scenarios/nq1277-2024-tp-tra-vinh.json); the plan keeps its operations first" };
        var asOf = CommonOptions.AsOf("that of --after, else none", "Effective date written into the plan");
        var output = CommonOptions.Out("The plan's scenario file (JSON); alternatives go beside it as NAME-2.json, …");
        var compare = new Option<string?>("--compare") { Description = "A crosswalk of a real arrangement (old_code,new_code,new_name,type) to judge the plan against" };
        var declared = new Option<string?>("--declared") { Description = "Declared figures of the real new units (code,name,type,area_km2,population) for --compare" };
        var realCsv = new Option<string?>("--real-csv") { Description = "With --compare: write the real new units judged on both figures to this CSV" };
        var realScenario = new Option<string?>("--real-scenario") { Description = "With --compare: write the real arrangement as a scenario file (to draw it with map --scenario)" };
        var standards = CommonOptions.Standards();
        var options = new PlanOptions();
        var command = new Command("plan", "Plan the arrangement of a whole province: every commune-level unit in one contiguous group, the orientation met where it can be")
        {
            project, rules, after, asOf, output, compare, declared, realCsv, realScenario, standards,
        };
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var catalogue = Catalogue.Load(parse.GetValue(standards));
            var id = parse.GetValue(rules)!;
            var orientation = catalogue.Orientations.FirstOrDefault(o => o.Id == id)
                ?? throw new UsageException($"--rules {id}: no such orientation; the catalogue has {string.Join(", ", catalogue.Orientations.Select(o => o.Id))}");
            var opened = await ProjectSource.OpenAsync(parse.GetValue(project)!, CommonOptions.Limits(parse), console, ct, parse.GetValue(standards));
            var before = parse.GetValue(after) is { } file ? ScenarioRun.Apply(file, opened.Map) : null;
            var map = before?.Result.Map ?? opened.Map;
            var baseline = new ScenarioBaseline(DatasetName(opened.Path), opened.UnitsAsOf);
            var real = parse.GetValue(compare) is { } crosswalk
                ? RealArrangementInput.Read(crosswalk, parse.GetValue(declared), parse.GetValue(realScenario) is not null, map, opened.Map, baseline, before?.Scenario)
                : null;
            var planRules = options.Read(parse, map);
            var outcome = ArrangementPlanner.Plan(map, orientation, planRules, new CpSatPartitionSolver());
            if (outcome.Infeasible is { } why)
            {
                throw new UsageException(outcome.BudgetRanOut
                    ? $"{why}; try a larger --time-limit"
                    : $"{why}; try a larger --max-group-size, --lines none or another --target-units");
            }

            var effective = parse.GetValue(asOf) is { } d ? Dates.Parse(d) : (DateOnly?)null;
            var written = Write(parse.GetValue(output)!, outcome, orientation, baseline, before?.Scenario, planRules.Seed, effective, opened.Map);
            PlanTables.WritePlan(console, outcome.Plans[0], outcome, planRules);
            if (outcome.Plans.Count > 1)
            {
                PlanTables.WriteTradeOffs(console, outcome.Plans, written);
            }

            if (real is not null)
            {
                PlanComparisonOutput.Write(console, map, outcome.Plans[0], orientation, real, parse.GetValue(realCsv));
                if (parse.GetValue(realScenario) is { } realFile)
                {
                    ScenarioFile.Write(realFile, real.Scenario!);
                    written.Add(realFile);
                }
            }

            console.Out.MarkupLine($"[green]Wrote[/] {Markup.Escape(string.Join(", ", written))}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<string> Write(
        string path, PlanningOutcome outcome, Core.Standards.Orientation orientation, ScenarioBaseline baseline, Scenario? before, int seed, DateOnly? effective, Core.Units.AdminMap original)
    {
        // Every plan is applied to the original map before any file is written: a plan that does not apply is never left on disk.
        var scenarios = outcome.Plans.Select(p => PlanScenario.Build(p, orientation, baseline, before, seed))
            .Select(s => effective is { } e ? s with { EffectiveDate = e } : s).ToList();
        foreach (var scenario in scenarios)
        {
            if (ScenarioEngine.Apply(original, scenario).Refusal is { } refusal)
            {
                throw new InvalidOperationException($"The plan does not apply to its baseline: {refusal}");
            }
        }

        var paths = scenarios.Select((_, i) => i == 0 ? path : Path.Combine(Path.GetDirectoryName(path) ?? "", $"{Path.GetFileNameWithoutExtension(path)}-{i + 1}{Path.GetExtension(path)}")).ToList();
        for (var i = 0; i < scenarios.Count; i++)
        {
            ScenarioFile.Write(paths[i], scenarios[i]);
        }

        return paths;
    }

    private static string DatasetName(string path) =>
        Directory.Exists(path) ? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path))) : Path.GetFileNameWithoutExtension(path);
}
