using Boundaries.Core.Standards;

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
            notes.Add($"{regime.Id} không quy định tiêu chuẩn cho {typeName}.");
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
                    ? $"Đơn vị cấp trên không có trong bản đồ: tiêu chuẩn của {typeName} tùy thuộc loại đơn vị cấp trên nên không áp dụng tiêu chuẩn nào."
                    : $"{regime.Id} không quy định tiêu chuẩn {typeName} thuộc {parentType.Value.VietnameseName().ToLowerInvariant()}.");
                return null;
            }

            reason.Add($"thuộc {parentType!.Value.VietnameseName().ToLowerInvariant()}");
        }

        if (rows.Any(r => r.Region is not null))
        {
            var effective = region == RegionClass.Unknown ? RegionClass.Other : region;
            rows = rows.Where(r => r.Region == effective).ToList();
            if (region == RegionClass.Unknown)
            {
                const string regionNote = "chưa ghi nhận vùng: áp dụng tiêu chuẩn của các vùng còn lại";
                notes.Add(regionNote);
                reason.Add(regionNote);
            }
            else
            {
                reason.Add(region == RegionClass.MienNuiVungCao ? "miền núi, vùng cao" : "các vùng còn lại (không thuộc miền núi, vùng cao)");
            }
        }
        else
        {
            reason.Add("một tiêu chuẩn chung cho mọi vùng");
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
            var what = dimension == StandardDimension.Area ? "diện tích" : "dân số";
            reason.Add(Invariant.Text($"yếu tố đặc thù {best.Fact.Kind}: {what} tối thiểu {Invariant.Num(best.Percent)} % tiêu chuẩn ({best.Rule.Id})"));
            if (candidates.Count > 1 && regime.OneReductionPerStandard is { } oneOnly)
            {
                reliedOn.Add(oneOnly);
                notes.Add($"{candidates.Count} yếu tố đặc thù cùng giảm tiêu chuẩn {what}; chỉ áp dụng một yếu tố ({oneOnly.Basis.Citation}): {best.Fact.Kind}, yếu tố có lợi nhất.");
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
                ? Invariant.Text($"Yếu tố đặc thù {fact.Kind} ghi nhận {fact.Value} %, dưới mức {rule.MinorityThresholdPercent} % của {rule.Id}: không giảm tiêu chuẩn.")
                : $"Có ghi nhận yếu tố đặc thù {fact.Kind}, nhưng {rule.Id} chỉ áp dụng cho {string.Join(", ", rule.AppliesTo.Select(t => t.VietnameseName()))}: không giảm tiêu chuẩn.");
        }
    }
}
