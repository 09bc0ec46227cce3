namespace Boundaries.Core.Planning;

/// <summary>How close two partitions of the same units are: the share of groups of one reproduced exactly in the other, and the adjusted Rand index.</summary>
/// <param name="Units">The units both partitions cover.</param>
/// <param name="ReferenceGroups">The number of groups of the reference (the real arrangement).</param>
/// <param name="Reproduced">Reference groups that the plan has with exactly the same members.</param>
/// <param name="AdjustedRandIndex">Hubert and Arabie's adjusted Rand index: 1 for identical partitions, about 0 for chance agreement.</param>
public sealed record PartitionComparison(int Units, int ReferenceGroups, int Reproduced, double AdjustedRandIndex)
{
    /// <summary>The share of the reference groups reproduced exactly.</summary>
    public double ReproducedShare => ReferenceGroups == 0 ? 0 : (double)Reproduced / ReferenceGroups;

    /// <summary>Compares a plan's partition with a reference partition (unit → group key); units missing from either are left out.</summary>
    public static PartitionComparison Compare<TA, TB>(IReadOnlyDictionary<UnitCode, TA> plan, IReadOnlyDictionary<UnitCode, TB> reference)
        where TA : notnull
        where TB : notnull
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(reference);
        var common = reference.Keys.Where(plan.ContainsKey).OrderBy(c => c.Value, StringComparer.Ordinal).ToList();
        var planGroups = common.GroupBy(c => plan[c]).Select(g => g.ToHashSet()).ToList();
        var refGroups = common.GroupBy(c => reference[c]).Select(g => g.ToHashSet()).ToList();
        var reproduced = refGroups.Count(r => planGroups.Any(p => p.SetEquals(r)));
        return new PartitionComparison(common.Count, refGroups.Count, reproduced, Ari(common, plan, reference));
    }

    private static double Ari<TA, TB>(IReadOnlyList<UnitCode> units, IReadOnlyDictionary<UnitCode, TA> a, IReadOnlyDictionary<UnitCode, TB> b)
        where TA : notnull
        where TB : notnull
    {
        static double Pairs(long n) => n * (n - 1) / 2.0;
        var cells = units.GroupBy(u => (a[u], b[u])).Sum(g => Pairs(g.Count()));
        var rows = units.GroupBy(u => a[u]).Sum(g => Pairs(g.Count()));
        var cols = units.GroupBy(u => b[u]).Sum(g => Pairs(g.Count()));
        var total = Pairs(units.Count);
        if (total == 0)
        {
            return 1;
        }

        var expected = rows * cols / total;
        var max = (rows + cols) / 2;
        return max == expected ? 1 : (cells - expected) / (max - expected);
    }
}
