namespace Boundaries.Core.Planning;

/// <summary>A first partition for the solver to start from: join the two neighbouring groups whose union costs least, until the count is reached.</summary>
/// <remarks>
/// Only unions that are themselves candidates are made, so every constraint the enumeration applied holds. Pairs that must be
/// together start joined. It may stop short of the count (no allowed union left); then there is no hint and the solver starts
/// from nothing. The solver's answer is never worse than this start.
/// </remarks>
public static class GreedyPartition
{
    /// <summary>The candidate indices of a partition into <paramref name="groupCount"/> groups, or null when the joins run out.</summary>
    public static IReadOnlyList<int>? Build(IReadOnlyList<int[]> candidates, IReadOnlyList<long> costs, int unitCount, int groupCount)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(costs);
        var index = new Dictionary<string, int>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            index[Key(candidates[i])] = i;
        }

        var groups = Enumerable.Range(0, unitCount).Select(u => index.TryGetValue(Key([u]), out var c) ? c : -1).ToList();
        if (groups.Contains(-1) && !JoinTogether(candidates, index, groups))
        {
            return null;
        }

        while (groups.Count > groupCount)
        {
            var best = (Delta: long.MaxValue, A: -1, B: -1, Union: -1);
            for (var a = 0; a < groups.Count; a++)
            {
                for (var b = a + 1; b < groups.Count; b++)
                {
                    if (index.TryGetValue(Key([.. candidates[groups[a]], .. candidates[groups[b]]]), out var union))
                    {
                        var delta = costs[union] - costs[groups[a]] - costs[groups[b]];
                        if (delta < best.Delta)
                        {
                            best = (delta, a, b, union);
                        }
                    }
                }
            }

            if (best.Union < 0)
            {
                return null;
            }

            groups[best.A] = best.Union;
            groups.RemoveAt(best.B);
        }

        return groups.Order().ToList();
    }

    // Units whose singleton is not a candidate must be together with another: join the smallest candidates that cover them.
    private static bool JoinTogether(IReadOnlyList<int[]> candidates, Dictionary<string, int> index, List<int> groups)
    {
        var covered = new HashSet<int>();
        var result = new List<int>();
        for (var u = 0; u < groups.Count; u++)
        {
            if (covered.Contains(u))
            {
                continue;
            }

            var pick = groups[u] >= 0 ? groups[u] : Enumerable.Range(0, candidates.Count)
                .Where(i => candidates[i].Contains(u) && !candidates[i].Any(covered.Contains))
                .OrderBy(i => candidates[i].Length).DefaultIfEmpty(-1).First();
            if (pick < 0)
            {
                return false;
            }

            result.Add(pick);
            covered.UnionWith(candidates[pick]);
        }

        groups.Clear();
        groups.AddRange(result);
        return true;
    }

    private static string Key(IEnumerable<int> members) => string.Join(',', members.Order());
}
