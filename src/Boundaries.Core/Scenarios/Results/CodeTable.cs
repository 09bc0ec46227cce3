using Boundaries.Core.Scenarios.Steps;

namespace Boundaries.Core.Scenarios.Results;

/// <summary>Builds the old→new code table from the compositions of the working map: communes directly, districts by summing their communes.</summary>
internal static class CodeTable
{
    public static List<CodeTableRow> Build(WorkingMap working, ScenarioFigures before, AdminMap result)
    {
        var baseline = working.Baseline;
        var rows = new List<CodeTableRow>();
        var districtFlows = new Dictionary<(UnitCode From, UnitCode To), Flow>();
        foreach (var commune in result.Communes)
        {
            var flows = working.Compositions.TryGetValue(commune.Code, out var c) ? c.Flows : Composition.Identity(baseline[commune.Code]).Flows;
            foreach (var (origin, flow) in flows.Where(f => f.Value.AreaKm2 > 0 || f.Value.Population > 0 || f.Key == commune.Code))
            {
                var old = baseline[origin];
                rows.Add(Row(UnitLevel.Commune, old, commune, flow, before));
                if (old.ParentCode is { } from && commune.ParentCode is { } to)
                {
                    districtFlows[(from, to)] = districtFlows.TryGetValue((from, to), out var f) ? f.Plus(flow) : flow;
                }
            }
        }

        for (var i = 0; i < baseline.Unassigned.Count; i++)
        {
            if (baseline.Unassigned[i].ParentCode is { } from && working.Unassigned[i].ParentCode is { } to)
            {
                var flow = new Flow(baseline.Unassigned[i].GeodesicAreaKm2, 0, false);
                districtFlows[(from, to)] = districtFlows.TryGetValue((from, to), out var f) ? f.Plus(flow) : flow;
            }
        }

        foreach (var ((from, to), flow) in districtFlows.OrderBy(kv => kv.Key.From.Value, StringComparer.Ordinal).ThenBy(kv => kv.Key.To.Value, StringComparer.Ordinal))
        {
            if (baseline.Find(from) is { Level: UnitLevel.District } old && result.Find(to) is { } now)
            {
                rows.Add(Row(UnitLevel.District, old, now, flow, before));
            }
        }

        return rows;
    }

    private static CodeTableRow Row(UnitLevel level, AdminUnit old, AdminUnit now, Flow flow, ScenarioFigures before)
    {
        var oldArea = before.AreaKm2Of(old);
        var oldPopulation = before.PopulationOf(old);
        var hasArea = oldArea is > 0;
        return new CodeTableRow(
            level,
            old.Code,
            old.FullName,
            now.Code,
            now.FullName,
            hasArea ? flow.AreaKm2 : null,
            hasArea ? flow.AreaKm2 / oldArea!.Value : null,
            flow.Population,
            oldPopulation is > 0 ? (double)flow.Population / oldPopulation.Value : null,
            flow.Declared);
    }
}
