using Boundaries.Core.Standards;
using Boundaries.Core.Units;

namespace Boundaries.Core.Evaluation;

/// <summary>Chooses the standard row for a unit by type, parent type and region, and applies at most one special-factor reduction per standard.</summary>
internal static class StandardResolver
{
    public static AppliedStandard? Resolve(
        Regime regime, UnitType type, UnitType? parentType, RegionClass region, IReadOnlyList<SpecialFactor> factors, List<string> notes, List<ILegalRule> reliedOn)
    {
        var rows = regime.Standards.Where(s => s.UnitType == type).ToList();
        var typeName = type.VietnameseName();
        if (rows.Count == 0)
        {
            notes.Add($"{regime.Id} has no standard for {typeName}.");
            return null;
        }

        var reason = new List<string> { typeName };
        if (rows.Any(r => r.ParentType is not null))
        {
            // NQ 1211 Điều 8 (as amended by NQ 27): the phường standard depends on whether the parent is a quận, thành phố or thị xã.
            rows = rows.Where(r => r.ParentType == parentType).ToList();
            if (rows.Count == 0)
            {
                notes.Add(parentType is null
                    ? $"Parent not in the map: the {typeName} standard depends on the parent's type, so none is applied."
                    : $"{regime.Id} has no {typeName} standard for a parent of type {parentType.Value.VietnameseName()}.");
                return null;
            }

            reason.Add($"thuộc {parentType!.Value.VietnameseName().ToLowerInvariant()} (parent type)");
        }

        if (rows.Any(r => r.Region is not null))
        {
            var effective = region == RegionClass.Unknown ? RegionClass.Other : region;
            rows = rows.Where(r => r.Region == effective).ToList();
            if (region == RegionClass.Unknown)
            {
                const string regionNote = "region not recorded: standard for other regions applied";
                notes.Add(regionNote);
                reason.Add(regionNote);
            }
            else
            {
                reason.Add(region == RegionClass.MienNuiVungCao ? "miền núi, vùng cao" : "other regions (not miền núi, vùng cao)");
            }
        }
        else
        {
            reason.Add("one standard for every region");
        }

        var standard = rows[0];
        reliedOn.Add(standard);
        var reductions = new List<AppliedReduction>();
        foreach (var dimension in new[] { StandardDimension.Area, StandardDimension.Population })
        {
            var candidates = (from rule in regime.SpecialFactors
                              where rule.Dimension == dimension
                              from fact in factors
                              let percent = rule.PercentFor(type, fact)
                              where percent is not null
                              select new AppliedReduction(rule, fact, percent.Value)).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            // NQ 27/2022/UBTVQH15 Điều 3a: only one factor's reduction per standard; the most favourable one is taken.
            var best = candidates.MinBy(c => c.Percent)!;
            reductions.Add(best);
            reliedOn.Add(best.Rule);
            var what = dimension == StandardDimension.Area ? "area" : "population";
            reason.Add(Invariant.Text($"special factor {best.Fact.Kind}: {what} minimum {Invariant.Num(best.Percent)} % of the standard ({best.Rule.Id})"));
            if (candidates.Count > 1 && regime.OneReductionPerStandard is { } oneOnly)
            {
                reliedOn.Add(oneOnly);
                notes.Add($"{candidates.Count} special factors reduce the {what} standard; only one applies ({oneOnly.Basis.Citation}): {best.Fact.Kind}, the most favourable.");
            }
        }

        NoteFactorsThatDoNotApply(regime, type, factors, notes);
        var area = standard.MinAreaKm2 * (reductions.FirstOrDefault(r => r.Rule.Dimension == StandardDimension.Area)?.Percent ?? 100) / 100;
        var population = standard.MinPopulation * (reductions.FirstOrDefault(r => r.Rule.Dimension == StandardDimension.Population)?.Percent ?? 100) / 100;
        return new AppliedStandard(standard, area, population, reductions, string.Join("; ", reason));
    }

    private static void NoteFactorsThatDoNotApply(Regime regime, UnitType type, IReadOnlyList<SpecialFactor> factors, List<string> notes)
    {
        foreach (var fact in factors)
        {
            var rules = regime.SpecialFactors.Where(r => r.FactKinds.Contains(fact.Kind, StringComparer.Ordinal)).ToList();
            if (rules.Count == 0 || rules.Any(r => r.PercentFor(type, fact) is not null))
            {
                continue;
            }

            var rule = rules[0];
            notes.Add(rule.AppliesTo.Contains(type)
                ? Invariant.Text($"Special factor {fact.Kind} recorded with {fact.Value} %, below the {rule.MinorityThresholdPercent} % of {rule.Id}: no reduction.")
                : $"Special factor {fact.Kind} recorded, but {rule.Id} applies only to {string.Join(", ", rule.AppliesTo.Select(t => t.VietnameseName()))}: no reduction.");
        }
    }
}
