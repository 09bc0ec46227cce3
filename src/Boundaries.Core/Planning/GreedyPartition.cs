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

        // Groups keep their place in the list as they grow, so the first of two equally good unions is the one whose groups
        // come first; a union is found from the candidates that contain the first unit of one of its two groups.
        var containing = Containing(candidates, unitCount);
        var groupOf = new int[unitCount];
        var alive = new bool[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            alive[g] = true;
            foreach (var u in candidates[groups[g]])
            {
                groupOf[u] = g;
            }
        }

        for (var count = groups.Count; count > groupCount; count--)
        {
            var best = (Delta: long.MaxValue, A: -1, B: -1, Union: -1);
            for (var a = 0; a < groups.Count; a++)
            {
                if (!alive[a])
                {
                    continue;
                }

                var members = candidates[groups[a]];
                foreach (var union in containing[members[0]])
                {
                    if (Partner(candidates, groups, groupOf, members, candidates[union]) is not { } b || b < a)
                    {
                        continue;
                    }

                    var delta = costs[union] - costs[groups[a]] - costs[groups[b]];
                    if (delta < best.Delta || (delta == best.Delta && (a, b).CompareTo((best.A, best.B)) < 0))
                    {
                        best = (delta, a, b, union);
                    }
                }
            }

            if (best.Union < 0)
            {
                return null;
            }

            groups[best.A] = best.Union;
            alive[best.B] = false;
            foreach (var u in candidates[best.Union])
            {
                groupOf[u] = best.A;
            }
        }

        groups = [.. groups.Where((_, g) => alive[g])];
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

    // The group that a candidate adds to the group of `members` when it is exactly their union; null otherwise.
    private static int? Partner(IReadOnlyList<int[]> candidates, List<int> groups, int[] groupOf, int[] members, int[] union)
    {
        if (union.Length <= members.Length || !members.All(m => Array.BinarySearch(union, m) >= 0))
        {
            return null;
        }

        var first = union.First(u => Array.BinarySearch(members, u) < 0);
        var other = groupOf[first];
        var rest = candidates[groups[other]];
        return rest.Length == union.Length - members.Length && rest.All(u => Array.BinarySearch(union, u) >= 0) ? other : null;
    }

    private static List<int>[] Containing(IReadOnlyList<int[]> candidates, int unitCount)
    {
        var lists = Enumerable.Range(0, unitCount).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < candidates.Count; i++)
        {
            foreach (var u in candidates[i])
            {
                lists[u].Add(i);
            }
        }

        return lists;
    }

    private static string Key(IEnumerable<int> members) => string.Join(',', members.Order());
}
