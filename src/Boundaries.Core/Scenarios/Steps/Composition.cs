namespace Boundaries.Core.Scenarios.Steps;

/// <summary>Which baseline units a current commune-level unit is made of, and how much of each: the source of the old→new code table.</summary>
internal sealed class Composition
{
    private readonly Dictionary<UnitCode, Flow> _flows;

    private Composition(Dictionary<UnitCode, Flow> flows) => _flows = flows;

    /// <summary>The flows by baseline code.</summary>
    public IReadOnlyDictionary<UnitCode, Flow> Flows => _flows;

    /// <summary>A baseline unit as it is: all of itself.</summary>
    public static Composition Identity(AdminUnit unit) =>
        new(new Dictionary<UnitCode, Flow> { [unit.Code] = new(unit.GeodesicAreaKm2 ?? 0, unit.Population?.Value ?? 0, false) });

    /// <summary>The compositions together, as when units merge.</summary>
    public static Composition Sum(IEnumerable<Composition> parts)
    {
        var flows = new Dictionary<UnitCode, Flow>();
        foreach (var part in parts)
        {
            foreach (var (code, flow) in part._flows)
            {
                flows[code] = flows.TryGetValue(code, out var f) ? f.Plus(flow) : flow;
            }
        }

        return new Composition(flows);
    }

    /// <summary>Splits off a part: <paramref name="areaByOrigin"/> says how much area of each baseline unit moves; the people follow the same shares.</summary>
    public (Composition Moved, Composition Kept) Split(IReadOnlyDictionary<UnitCode, double> areaByOrigin, long population, bool declared)
    {
        var people = AllocatePopulation(areaByOrigin, population);
        var moved = new Dictionary<UnitCode, Flow>();
        var kept = new Dictionary<UnitCode, Flow>(_flows);
        foreach (var (code, flow) in _flows)
        {
            var area = areaByOrigin.GetValueOrDefault(code);
            var n = people.GetValueOrDefault(code);
            if (area == 0 && n == 0)
            {
                continue;
            }

            moved[code] = new Flow(area, n, declared);
            kept[code] = new Flow(flow.AreaKm2 - area, flow.Population - n, flow.Declared || declared);
        }

        return (new Composition(moved), new Composition(kept));
    }

    /// <summary>Shares the people among the origins in proportion to each origin's people in the area that moves (largest remainder, so the sum is exact).</summary>
    private Dictionary<UnitCode, long> AllocatePopulation(IReadOnlyDictionary<UnitCode, double> areaByOrigin, long population)
    {
        var weights = _flows.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.AreaKm2 > 0 ? areaByOrigin.GetValueOrDefault(kv.Key) / kv.Value.AreaKm2 * kv.Value.Population : 0);
        var total = weights.Values.Sum();
        if (total <= 0)
        {
            // No area to weigh by: take the people from the origin with the most people.
            var largest = _flows.MaxBy(kv => kv.Value.Population).Key;
            return new Dictionary<UnitCode, long> { [largest] = population };
        }

        var exact = weights.ToDictionary(kv => kv.Key, kv => kv.Value / total * population);
        var result = exact.ToDictionary(kv => kv.Key, kv => Math.Min((long)Math.Floor(kv.Value), _flows[kv.Key].Population));
        var left = population - result.Values.Sum();
        foreach (var code in exact.OrderByDescending(kv => kv.Value - Math.Floor(kv.Value)).Select(kv => kv.Key))
        {
            if (left > 0 && result[code] < _flows[code].Population)
            {
                result[code]++;
                left--;
            }
        }

        // Caps can leave people over when an origin has fewer people than its share; give them where there is room.
        foreach (var code in exact.Keys)
        {
            var step = Math.Min(left, _flows[code].Population - result[code]);
            result[code] += step;
            left -= step;
        }

        return result;
    }
}
