using Boundaries.Core.Coverage;
using Boundaries.Core.Coverage.Neighbours;
using Boundaries.Core.Scenarios.Results;

namespace Boundaries.Core.Scenarios.Steps;

/// <summary>The mutable state behind a <see cref="ScenarioWorkspace"/>: the current units, indexed, with what each operation did.</summary>
/// <remarks>Only the units an operation touches are replaced, so one operation costs in proportion to its own units, not to the map.</remarks>
internal sealed class WorkingMap
{
    private readonly Dictionary<UnitCode, AdminUnit> _units;
    private readonly Dictionary<UnitCode, HashSet<UnitCode>> _children = [];
    private readonly Dictionary<UnitCode, double> _order = [];
    private bool? _twoTier;
    private readonly List<UnassignedArea> _unassigned;
    private readonly Dictionary<UnitCode, Composition> _compositions = [];
    private readonly Dictionary<UnitCode, double> _declaredAreaKm2 = [];
    // Per baseline, so that a workspace started for one operation does not sum the whole province again.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AdminMap, System.Collections.Concurrent.ConcurrentDictionary<string, double>> ProvinceAreas = [];
    private Adjacency? _adjacency;

    public WorkingMap(AdminMap baseline)
    {
        Baseline = baseline;
        _units = new Dictionary<UnitCode, AdminUnit>(baseline.Units.Count);
        for (var i = 0; i < baseline.Units.Count; i++)
        {
            var unit = baseline.Units[i];
            _units[unit.Code] = unit;
            _order[unit.Code] = i;
            if (unit.ParentCode is { } parent)
            {
                ChildSet(parent).Add(unit.Code);
            }
        }

        _unassigned = [.. baseline.Unassigned];
    }

    public AdminMap Baseline { get; }

    /// <summary>Whether the baseline is a two-tier map (no districts, since 01/07/2025), where communes sit directly under the province.</summary>
    public bool TwoTier => _twoTier ??= Tiers.IsTwoTier(Baseline.Units);

    /// <summary>Operations committed so far.</summary>
    public int Committed => Log.Count;

    public List<ChangeLogEntry> Log { get; } = [];

    public List<DeclaredFigure> Declared { get; } = [];

    /// <summary>Operations that touched each unit (also the parents whose children changed).</summary>
    public Dictionary<UnitCode, SortedSet<int>> TouchedBy { get; } = [];

    /// <summary>Districts (and provinces) whose set of communes or whose communes' polygons changed: their polygon is rebuilt from the communes.</summary>
    public HashSet<UnitCode> Stale { get; } = [];

    public Dictionary<UnitCode, List<UnitCode>> WentTo { get; } = [];

    /// <summary>Units formed by an arrangement and how many units of their level went into each.</summary>
    public Dictionary<UnitCode, int> Formed { get; } = [];

    /// <summary>Area (km²) that the input counted twice (overlapping polygons) and that unions have counted once since.</summary>
    public double InputOverlapRemovedKm2 { get; private set; }

    public Dictionary<UnitCode, string> Seats { get; } = [];

    public IReadOnlyList<UnassignedArea> Unassigned => _unassigned;

    public IReadOnlyDictionary<UnitCode, double> DeclaredAreaKm2 => _declaredAreaKm2;

    public IEnumerable<AdminUnit> Units => _units.Values.OrderBy(u => _order[u.Code]).ThenBy(u => u.Code.Value, StringComparer.Ordinal);

    public AdminUnit? Find(UnitCode code) => _units.GetValueOrDefault(code);

    public IEnumerable<AdminUnit> ChildrenOf(UnitCode code) =>
        _children.TryGetValue(code, out var set) ? set.Select(c => _units[c]).OrderBy(u => _order[u.Code]) : [];

    public Composition CompositionOf(AdminUnit unit) =>
        _compositions.TryGetValue(unit.Code, out var c) ? c : Composition.Identity(Baseline[unit.Code]);

    /// <summary>The current compositions that differ from identity, by code.</summary>
    public IReadOnlyDictionary<UnitCode, Composition> Compositions => _compositions;

    public double DeclaredAreaKm2Of(UnitCode code) => _declaredAreaKm2.GetValueOrDefault(code);

    /// <summary>The province above a unit (the unit itself for a province), or null when the chain is broken.</summary>
    public AdminUnit? ProvinceOf(AdminUnit unit)
    {
        var current = unit;
        for (var guard = 0; current is not null && current.Level != UnitLevel.Province && guard < 4; guard++)
        {
            current = current.ParentCode is { } p ? Find(p) : null;
        }

        return current?.Level == UnitLevel.Province ? current : null;
    }

    /// <summary>The baseline area (km²) of a province's commune coverage, the reference for the conservation tolerance.</summary>
    public double ProvinceAreaKm2(AdminUnit? province)
    {
        var areas = ProvinceAreas.GetValue(Baseline, _ => new());
        var key = province is null || Baseline.Find(province.Code) is null ? "" : province.Code.Value;
        return areas.GetOrAdd(key, k => k.Length == 0
            ? Baseline.Communes.Sum(c => c.GeodesicAreaKm2 ?? 0) + Baseline.Unassigned.Sum(a => a.GeodesicAreaKm2)
            : Baseline.RollUp(k).AreaKm2);
    }

    /// <summary>Which commune-level units share a boundary and how long it is; built on first use, then updated per operation.</summary>
    public Adjacency Adjacency => _adjacency ??= Adjacency.Build(
        _units.Values.Where(u => u.Level == UnitLevel.Commune && u.Geometry is not null).Select(u => new CoverageUnit(u.Code.Value, u.Geometry!)).ToList());

    /// <summary>Applies a checked change.</summary>
    public void Commit(PlannedChange change)
    {
        var replaced = new List<(AdminUnit? Old, AdminUnit? New)>(change.Units.Count);
        foreach (var (code, unit) in change.Units)
        {
            var old = Find(code);
            if (old?.ParentCode is { } oldParent)
            {
                ChildSet(oldParent).Remove(code);
            }

            replaced.Add((old, unit));
            Touch(code, change.Number);
            if (old?.ParentCode is { } formerParent && _units.ContainsKey(formerParent))
            {
                Touch(formerParent, change.Number);
            }

            if (unit is null)
            {
                _units.Remove(code);
                _children.Remove(code);
                Stale.Remove(code);
                continue;
            }

            _units[code] = unit;
            if (unit.ParentCode is { } parent)
            {
                ChildSet(parent).Add(code);
                Touch(parent, change.Number);
            }

            if (!_order.ContainsKey(code))
            {
                _order[code] = change.Anchors.TryGetValue(code, out var anchor) && _order.TryGetValue(anchor, out var at) ? at : _order.Count;
            }
        }

        UpdateAdjacency(replaced);

        // After all units are in place, so that a district created by this change is found.
        foreach (var (old, unit) in replaced)
        {
            MarkStale(old, unit);
        }

        MarkOutlinesCrossed(replaced);

        foreach (var (code, composition) in change.Compositions)
        {
            if (composition is null)
            {
                _compositions.Remove(code);
            }
            else
            {
                _compositions[code] = composition;
            }
        }

        foreach (var (code, km2) in change.DeclaredAreaKm2)
        {
            _declaredAreaKm2[code] = _declaredAreaKm2.GetValueOrDefault(code) + km2;
        }

        foreach (var (index, area) in change.Unassigned)
        {
            _unassigned[index] = area;
        }

        foreach (var (code, to) in change.WentTo)
        {
            WentTo[code] = to;
        }

        foreach (var (code, count) in change.Formed)
        {
            Formed[code] = count;
        }

        foreach (var code in change.Units.Where(kv => kv.Value is null).Select(kv => kv.Key))
        {
            Formed.Remove(code);
        }

        foreach (var (code, seat) in change.Seats)
        {
            Seats[code] = seat;
        }

        InputOverlapRemovedKm2 += change.InputOverlapKm2;
        Declared.AddRange(change.Declared);
        Log.Add(change.ToLogEntry());
    }

    /// <summary>Marks the provinces whose outline changes when a district moves between them.</summary>
    private void MarkStale(AdminUnit? old, AdminUnit? unit)
    {
        if (old?.ParentCode == unit?.ParentCode && ReferenceEquals(old?.Geometry, unit?.Geometry))
        {
            return;
        }

        // A district that moves to another province changes both provinces' outlines; communes are judged per change.
        if ((old ?? unit)!.Level == UnitLevel.District && old?.ParentCode != unit?.ParentCode)
        {
            Mark(old?.ParentCode);
            Mark(unit?.ParentCode);
        }
    }

    /// <summary>Marks the districts (and provinces) whose outline a change's communes can have changed: only those across whose boundary territory moved.</summary>
    /// <remarks>
    /// Judged over the whole change, not unit by unit: when every commune the change replaced or made lies in one
    /// district before and after (a merge or a transfer inside a city), the district's territory is the same and so is
    /// its outline; a commune that ceases has no district after, yet its territory stayed. Rebuilding an outline is a
    /// union of all the communes below it, the slowest step of a result, so it is done only when it can change.
    /// </remarks>
    private void MarkOutlinesCrossed(List<(AdminUnit? Old, AdminUnit? New)> replaced)
    {
        var communes = replaced.Where(r => (r.Old ?? r.New)!.Level == UnitLevel.Commune).ToList();
        if (!communes.Any(r => r.Old?.ParentCode != r.New?.ParentCode || !ReferenceEquals(r.Old?.Geometry, r.New?.Geometry)))
        {
            return;
        }

        var districts = new HashSet<UnitCode>();
        foreach (var (old, unit) in communes)
        {
            if (old?.ParentCode is { } before)
            {
                districts.Add(before);
            }

            if (unit?.ParentCode is { } after)
            {
                districts.Add(after);
            }
        }

        if (districts.Count < 2)
        {
            return;
        }

        foreach (var district in districts)
        {
            Mark(district);
        }

        var provinces = districts.Select(ParentOf).OfType<UnitCode>().ToHashSet();
        if (provinces.Count > 1)
        {
            foreach (var province in provinces)
            {
                Mark(province);
            }
        }
    }

    /// <summary>Re-matches only the communes whose polygon changed, against their old neighbours (<see cref="Adjacency.Replace"/>).</summary>
    private void UpdateAdjacency(List<(AdminUnit? Old, AdminUnit? New)> replaced)
    {
        if (_adjacency is null)
        {
            return;
        }

        var reshaped = replaced.Where(r => (r.Old ?? r.New)!.Level == UnitLevel.Commune && !ReferenceEquals(r.Old?.Geometry, r.New?.Geometry)).ToList();
        if (reshaped.Count == 0)
        {
            return;
        }

        var removed = reshaped.Where(r => r.Old?.Geometry is not null).Select(r => r.Old!.Code.Value).ToList();
        var added = reshaped.Where(r => r.New?.Geometry is not null).Select(r => new CoverageUnit(r.New!.Code.Value, r.New.Geometry!)).ToList();
        _adjacency = _adjacency.Replace(removed, added);
    }

    private UnitCode? ParentOf(UnitCode code) => Find(code)?.ParentCode;

    private void Mark(UnitCode? code)
    {
        if (code is { } c && Find(c) is not null)
        {
            Stale.Add(c);
        }
    }

    private void Touch(UnitCode code, int number)
    {
        if (!TouchedBy.TryGetValue(code, out var set))
        {
            TouchedBy[code] = set = [];
        }

        set.Add(number);
    }

    private HashSet<UnitCode> ChildSet(UnitCode parent)
    {
        if (!_children.TryGetValue(parent, out var set))
        {
            _children[parent] = set = [];
        }

        return set;
    }
}
