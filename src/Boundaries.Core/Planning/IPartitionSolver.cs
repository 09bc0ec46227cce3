namespace Boundaries.Core.Planning;

/// <summary>A set-partitioning model: choose candidate groups so that every unit is in exactly one, at least cost.</summary>
/// <param name="UnitCount">The number of units.</param>
/// <param name="Candidates">The member indices of each candidate.</param>
/// <param name="Costs">The cost of each candidate.</param>
/// <param name="GroupCount">The exact number of groups, or null for any.</param>
/// <param name="Previous">Plans already found (candidate indices): the new plan shares at most all but <see cref="MinDifference"/> groups with each.</param>
/// <param name="MinDifference">How many groups a new plan must change against each previous one.</param>
/// <param name="Seed">The solver's random seed.</param>
/// <param name="DeterministicTimeLimit">The budget in the solver's deterministic time units.</param>
public sealed record PartitionModel(
    int UnitCount,
    IReadOnlyList<int[]> Candidates,
    IReadOnlyList<long> Costs,
    int? GroupCount,
    IReadOnlyList<IReadOnlyList<int>> Previous,
    int MinDifference,
    int Seed,
    double DeterministicTimeLimit)
{
    /// <summary>A feasible partition to start from (candidate indices), or null.</summary>
    public IReadOnlyList<int>? Hint { get; init; }

    /// <summary>The fewest groups allowed when <see cref="GroupCount"/> is null; null for any number.</summary>
    public int? MinGroupCount { get; init; }
}

/// <summary>The candidates chosen, or why none were.</summary>
/// <param name="Chosen">Candidate indices, ascending; empty when infeasible.</param>
/// <param name="Optimal">Whether the solver proved the plan optimal within its budget, or proved that there is none.</param>
/// <param name="Feasible">Whether a partition was found.</param>
/// <param name="Objective">The total cost.</param>
public sealed record PartitionSolution(IReadOnlyList<int> Chosen, bool Optimal, bool Feasible, long Objective);

/// <summary>Solves set-partitioning models; the implementation lives outside Core (Boundaries.Planning, CP-SAT of OR-Tools).</summary>
public interface IPartitionSolver
{
    /// <summary>The cheapest partition, deterministic for the model's seed.</summary>
    PartitionSolution Solve(PartitionModel model);
}
