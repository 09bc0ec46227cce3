using Boundaries.Core.Coverage;
using Boundaries.Core.Coverage.Neighbours;
using Boundaries.Core.Geodesy;
using Boundaries.Core.Scenarios.Territories;
using NetTopologySuite.Algorithm;

namespace Boundaries.Core.Planning;

/// <summary>The commune-level units of a map with their rook adjacency: the ground a whole-province plan partitions.</summary>
/// <remarks>
/// Neighbours share a boundary of positive length (<see cref="Adjacency"/>). A unit without a polygon that an unassigned polygon
/// covers (Phường 1 and 2 of thị xã Duyên Hải in the c. 2009 layer) is taken to touch what that polygon touches and the other
/// units it covers: "presumed" neighbours, said so in every explanation. A unit without a polygon and without a covering
/// polygon has no known neighbour and stays alone unless the planner puts it with another (<see cref="PlanRules.Together"/>).
/// </remarks>
public sealed class PlanningProblem
{
    private readonly Dictionary<UnitCode, int> _index;
    private readonly Dictionary<(int, int), double> _shared = [];
    private readonly HashSet<(int, int)> _presumed = [];
    private readonly HashSet<(int, int)> _apartInData = [];

    private PlanningProblem(AdminMap map, IReadOnlyList<PlanningUnit> units)
    {
        Map = map;
        Units = units;
        _index = units.ToDictionary(u => u.Unit.Code, u => u.Index);
        Neighbours = units.Select(_ => new List<int>()).ToArray();
    }

    /// <summary>The map planned.</summary>
    public AdminMap Map { get; }

    /// <summary>The commune-level units in map order.</summary>
    public IReadOnlyList<PlanningUnit> Units { get; }

    /// <summary>The neighbours of each unit by index, ascending.</summary>
    public IReadOnlyList<List<int>> Neighbours { get; }

    /// <summary>Builds the problem of every commune-level unit of the map.</summary>
    public static PlanningProblem Of(AdminMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var units = map.Communes.Select((u, i) => Measure(i, u)).ToList();
        var problem = new PlanningProblem(map, units);
        var adjacency = Adjacency.Build(CoverageUnit.Of(map, UnitLevel.Commune));
        var pairs = adjacency.SharedBoundaries
            .Select(b => (A: problem.IndexOf(b.KeyA), B: problem.IndexOf(b.KeyB), Km: b.LengthMeters / 1000))
            .Where(p => p.A is not null && p.B is not null).Select(p => (A: p.A!.Value, B: p.B!.Value, p.Km)).ToList();
        var unites = new bool[pairs.Count];
        Parallel.For(0, pairs.Count, i => unites[i] = Unite(problem.Units[pairs[i].A], problem.Units[pairs[i].B]));
        for (var i = 0; i < pairs.Count; i++)
        {
            if (unites[i])
            {
                problem.Connect(pairs[i].A, pairs[i].B, pairs[i].Km, presumed: false);
            }
            else
            {
                problem._apartInData.Add(Pair(pairs[i].A, pairs[i].B));
            }
        }

        foreach (var area in map.Unassigned)
        {
            var covered = area.CoversCodes.Where(c => problem._index.ContainsKey(c) && map[c].Geometry is null).Select(c => problem._index[c]).ToList();
            var around = adjacency.NeighboursOf(area.Name).Select(n => problem.IndexOf(n.Key)).OfType<int>().ToList();
            foreach (var a in covered)
            {
                foreach (var b in covered.Where(b => b != a).Concat(around))
                {
                    problem.Connect(a, b, 0, presumed: true);
                }
            }
        }

        foreach (var list in problem.Neighbours)
        {
            list.Sort();
        }

        return problem;
    }

    /// <summary>The index of a unit by code, or null.</summary>
    public int? IndexOf(UnitCode code) => _index.TryGetValue(code, out var i) ? i : null;

    /// <summary>The index of a unit by key, or null when the key is not a planned unit (an unassigned polygon).</summary>
    public int? IndexOf(string key) => _index.TryGetValue(new UnitCode(key), out var i) ? i : null;

    /// <summary>The length of the common boundary in km (0 for a presumed neighbour).</summary>
    public double SharedKm(int a, int b) => _shared.GetValueOrDefault(Pair(a, b));

    /// <summary>Whether two units are neighbours only by the polygon that covers one of them.</summary>
    public bool IsPresumed(int a, int b) => _presumed.Contains(Pair(a, b));

    /// <summary>Whether two units touch within the adjacency tolerance but their polygons do not unite into one piece (a sliver gap between them).</summary>
    public bool ApartInData(int a, int b) => _apartInData.Contains(Pair(a, b));

    /// <summary>Whether two units are neighbours.</summary>
    public bool AreNeighbours(int a, int b) => _shared.ContainsKey(Pair(a, b));

    private void Connect(int a, int b, double km, bool presumed)
    {
        if (a == b || !_shared.TryAdd(Pair(a, b), km))
        {
            return;
        }

        if (presumed)
        {
            _presumed.Add(Pair(a, b));
        }

        Neighbours[a].Add(b);
        Neighbours[b].Add(a);
    }

    private static (int, int) Pair(int a, int b) => a < b ? (a, b) : (b, a);

    // The scenario engine refuses a merge whose union falls apart; a contact only across a sliver gap is no contact for it.
    // Two units that unite into one piece make every group joined through such pairs one piece too.
    private static bool Unite(PlanningUnit a, PlanningUnit b)
    {
        var ga = a.Unit.Geometry!;
        var gb = b.Unit.Geometry!;
        var allowed = Scenarios.Steps.StepContext.PiecesAllowed([ga, gb], island: false);
        return Scenarios.Territories.Polygonal.Pieces(Scenarios.Territories.PolygonUnion.Geometry([ga, gb])) <= allowed;
    }

    private static PlanningUnit Measure(int index, AdminUnit unit)
    {
        if (unit.Geometry is not { } g)
        {
            return new PlanningUnit(index, unit, 0, 0, []);
        }

        var hull = new ConvexHull(g).GetConvexHull();
        return new PlanningUnit(index, unit, EllipsoidalMeasure.PerimeterKm(g), g.Area, hull.Coordinates);
    }
}
