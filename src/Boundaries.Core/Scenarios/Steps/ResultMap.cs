using Boundaries.Core.Scenarios.Territories;

namespace Boundaries.Core.Scenarios.Steps;

/// <summary>Turns a working map into an <see cref="AdminMap"/>, rebuilding the polygons of districts whose communes changed.</summary>
internal static class ResultMap
{
    public static AdminMap Build(WorkingMap working)
    {
        var units = working.Units.ToList();

        // A province's outline changes only when communes cross it; one without a polygon in the baseline keeps none.
        var stale = Enumerable.Range(0, units.Count)
            .Where(i => working.Stale.Contains(units[i].Code))
            .Where(i => units[i].Level != UnitLevel.Province || working.Baseline.Find(units[i].Code)?.Geometry is not null)
            .ToList();

        // Each rebuilt outline is an independent union of tens of polygons, the slow part of a result: one per core.
        Parallel.ForEach(stale, i =>
        {
            var unit = units[i];

            var pieces = Communes(working, unit.Code)
                .Select(c => c.Geometry)
                .Concat(working.Unassigned.Where(a => a.ParentCode == unit.Code || IsBelow(working, a.ParentCode, unit.Code)).Select(a => a.Geometry))
                .OfType<Geometry>()
                .ToList();
            units[i] = unit with
            {
                Geometry = pieces.Count == 0 ? null : PolygonUnion.Geometry(pieces),
                GeometryNote = pieces.Count == 0 ? "không xã nào trực thuộc có đa giác" : "dựng lại từ đa giác của các xã trực thuộc sau phương án",
                Population = null,
                OfficialPopulation = null,
                OfficialArea = null,
            };
        });

        return new AdminMap(units, working.Unassigned);
    }

    private static IEnumerable<AdminUnit> Communes(WorkingMap working, UnitCode code)
    {
        foreach (var child in working.ChildrenOf(code))
        {
            if (child.Level == UnitLevel.Commune)
            {
                yield return child;
            }
            else
            {
                foreach (var commune in Communes(working, child.Code))
                {
                    yield return commune;
                }
            }
        }
    }

    private static bool IsBelow(WorkingMap working, UnitCode? code, UnitCode ancestor) =>
        code is { } c && working.Find(c)?.ParentCode == ancestor;
}
