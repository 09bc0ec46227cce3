using Boundaries.Core.Scenarios.Steps;

namespace Boundaries.Core.Scenarios.Results;

/// <summary>Lists every unit a scenario affected, before and after, on the scenario's figure basis.</summary>
internal static class ChangeReport
{
    public static List<UnitChange> Build(WorkingMap working, ScenarioFigures before, ScenarioFigures after)
    {
        var codes = working.TouchedBy.Keys.Concat(working.Stale).Concat(working.WentTo.Keys).ToHashSet();
        var rows = new List<UnitChange>();
        foreach (var code in codes)
        {
            var old = before.Map.Find(code);
            var now = after.Map.Find(code);
            var b = old is null ? null : before.Snapshot(old);
            var a = now is null ? null : after.Snapshot(now);
            var what = Differences(b, a, old, now);
            if (what.Count == 0)
            {
                continue;
            }

            rows.Add(new UnitChange(
                b,
                a,
                what,
                working.TouchedBy.TryGetValue(code, out var numbers) ? [.. numbers] : [],
                working.WentTo.TryGetValue(code, out var to) ? to : [],
                working.Seats.GetValueOrDefault(code)));
        }

        var order = after.Map.Units.Select((u, i) => (u.Code, i)).ToDictionary(p => p.Code, p => p.i);
        var baseOrder = before.Map.Units.Select((u, i) => (u.Code, i)).ToDictionary(p => p.Code, p => p.i);
        return rows
            .OrderByDescending(r => (int)(r.After ?? r.Before)!.Level)
            .ThenBy(r => order.TryGetValue(r.Code, out var i) ? i : baseOrder.GetValueOrDefault(r.Code))
            .ToList();
    }

    private static List<string> Differences(UnitSnapshot? b, UnitSnapshot? a, AdminUnit? old, AdminUnit? now)
    {
        if (b is null)
        {
            return ["created"];
        }

        if (a is null)
        {
            return ["ceased"];
        }

        var what = new List<string>();
        if (b.Name != a.Name)
        {
            what.Add("name");
        }

        if (b.Type != a.Type)
        {
            what.Add("type");
        }

        if (b.ParentCode != a.ParentCode)
        {
            what.Add("parent");
        }

        if (b.Population != a.Population)
        {
            what.Add("population");
        }

        if (!SameArea(b.AreaKm2, a.AreaKm2))
        {
            what.Add("area");
        }

        if (old!.Level == UnitLevel.Commune && !ReferenceEquals(old.Geometry, now!.Geometry))
        {
            what.Add("boundary");
        }

        if (what.Count > 0 && a.Declared)
        {
            what.Add("declared");
        }

        return what;
    }

    private static bool SameArea(double? x, double? y) =>
        x is null ? y is null : y is not null && Math.Abs(x.Value - y.Value) <= 1e-9 * Math.Max(1, Math.Abs(x.Value));
}
