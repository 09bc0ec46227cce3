namespace Boundaries.Core.Planning;

/// <summary>One independent part of a partition model, solved on demand for a number of groups (<see cref="IndependentParts"/>).</summary>
/// <remarks>Solutions are kept by count, in the candidate indices of the whole model; each count is solved once.</remarks>
internal sealed class PartTable
{
    private readonly PartitionModel _model;
    private readonly List<int> _candidates;
    private readonly IPartitionSolver _solver;
    private readonly List<int[]> _members;
    private readonly List<long> _costs;
    private readonly List<int>? _hint;
    private readonly Dictionary<int, PartitionSolution> _known = [];

    public PartTable(PartitionModel model, List<int> units, List<int> candidates, IPartitionSolver solver)
    {
        _model = model;
        _candidates = candidates;
        _solver = solver;
        var local = new Dictionary<int, int>(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            local[units[i]] = i;
        }

        var position = new Dictionary<int, int>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            position[candidates[i]] = i;
        }

        _members = candidates.Select(c => model.Candidates[c].Select(u => local[u]).ToArray()).ToList();
        _costs = candidates.Select(c => model.Costs[c]).ToList();
        _hint = model.Hint?.Where(position.ContainsKey).Select(c => position[c]).ToList();
        var largest = _members.Max(m => m.Length);
        Most = units.Count;
        Fewest = (units.Count + largest - 1) / largest;
    }

    /// <summary>The fewest groups the part could form (its units over the largest candidate).</summary>
    public int Fewest { get; }

    /// <summary>The most groups the part could form (one per unit).</summary>
    public int Most { get; }

    /// <summary>The solutions found so far, by count.</summary>
    public IReadOnlyDictionary<int, PartitionSolution> Known => _known;

    /// <summary>Whether every count from <see cref="Fewest"/> to <see cref="Most"/> was solved.</summary>
    public bool Complete => Enumerable.Range(Fewest, Most - Fewest + 1).All(_known.ContainsKey);

    /// <summary>The cheapest partition of the part into <paramref name="count"/> groups, and every count from the fewest up to it.</summary>
    public PartitionSolution At(int count)
    {
        for (var k = Fewest; k < count; k++)
        {
            Solve(k);
        }

        return Solve(count);
    }

    /// <summary>What one more group costs from <paramref name="count"/>: the least when it makes the part feasible, the most when it does not.</summary>
    public long Step(int count)
    {
        var (now, next) = (At(count), At(count + 1));
        return !next.Feasible ? long.MaxValue : !now.Feasible ? long.MinValue : next.Objective - now.Objective;
    }

    /// <summary>The cheapest partition of the part with any number of groups.</summary>
    public PartitionSolution Free() => Run(null, null);

    /// <summary>The cheapest partition of the part into more groups than any count solved so far, within <paramref name="budget"/>: a bound on the counts not solved.</summary>
    public PartitionSolution Beyond(double budget) => Run(null, _known.Keys.Max() + 1, budget);

    private PartitionSolution Solve(int count)
    {
        if (!_known.TryGetValue(count, out var solution))
        {
            _known[count] = solution = Run(count, null);
        }

        return solution;
    }

    private PartitionSolution Run(int? count, int? least, double? budget = null)
    {
        var model = new PartitionModel(Most, _members, _costs, count, [], 0, _model.Seed, budget ?? _model.DeterministicTimeLimit / IndependentParts.PartShare)
        {
            Hint = _hint is not null && (count ?? _hint.Count) == _hint.Count && (least ?? 0) <= _hint.Count ? _hint : null,
            MinGroupCount = least,
        };
        var solution = _solver.Solve(model);
        return solution with { Chosen = solution.Chosen.Select(c => _candidates[c]).ToList() };
    }
}
