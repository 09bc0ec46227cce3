using Boundaries.Core.Standards;

namespace Boundaries.Data.Standards;

/// <summary>Reads the "regime" object of a catalogue file.</summary>
internal static class RegimeReader
{
    public static Regime Read(CatalogueElement root, CatalogueTerms terms)
    {
        var r = root.Prop("regime");
        r = r.WithRule(r.String("id"));
        var instrument = r.String("instrument");
        var from = r.Date("effective_from");
        var to = r.OptDate("effective_to");
        if (to < from)
        {
            throw r.Prop("effective_to").Fail("'effective_to' is before 'effective_from'");
        }

        var standards = r.Array("standards").Select(s => Standard(s, instrument, terms)).ToList();
        CheckUnique(standards.Select(s => s.Id), r);
        CheckUnambiguous(standards, r);
        var factors = r.Array("special_factors", required: false).Select(f => Factor(f, instrument, terms)).ToList();
        var oneOnly = r.Has("one_reduction_per_standard") ? Provision(r.Prop("one_reduction_per_standard"), instrument, terms) : null;
        if (factors.Count > 0 && oneOnly is null)
        {
            throw r.Fail("special factors need 'one_reduction_per_standard' (NQ 27 Điều 3a)");
        }

        return new Regime(r.String("id"), r.String("title"), from, to, terms.Basis(r, instrument), standards, factors, oneOnly);
    }

    private static UnitStandard Standard(CatalogueElement s, string instrument, CatalogueTerms terms)
    {
        var type = CatalogueTerms.Type(s, "unit_type");
        UnitType? parent = s.Has("parent_type") ? CatalogueTerms.Type(s, "parent_type") : null;
        var criteria = s.Array("criteria", required: false).Select(c => Criterion(c, instrument, terms)).ToList();
        return new UnitStandard(s.String("id"), type, parent, CatalogueTerms.Region(s), s.Number("min_population"), s.Number("min_area_km2"),
            terms.Basis(s, instrument), criteria);
    }

    private static SubordinateCriterion Criterion(CatalogueElement c, string instrument, CatalogueTerms terms)
    {
        var minCount = c.OptNumber("min_count");
        var share = c.OptNumber("min_share_pct");
        if (minCount is null && share is null)
        {
            throw c.Fail("a criterion needs 'min_count' or 'min_share_pct'");
        }

        if (minCount is { } m && m != Math.Floor(m))
        {
            throw c.Prop("min_count").Fail("'min_count' must be a whole number");
        }

        return new SubordinateCriterion(c.String("id"), c.String("description"), CatalogueTerms.Types(c, "of_types"),
            (int?)minCount, share, terms.Basis(c, instrument));
    }

    private static SpecialFactorRule Factor(CatalogueElement f, string instrument, CatalogueTerms terms)
    {
        var kinds = f.Strings("fact_kinds");
        if (kinds.Count == 0)
        {
            throw f.Prop("fact_kinds").Fail("'fact_kinds' must name at least one kind");
        }

        return new SpecialFactorRule(f.String("id"), kinds, CatalogueTerms.Types(f, "applies_to"), CatalogueTerms.Dimension(f),
            f.Number("percent_of_standard"), f.String("description"), terms.Basis(f, instrument))
        {
            MinorityThresholdPercent = f.OptNumber("minority_threshold_pct"),
            StepPercentPer10PercentMinority = f.OptNumber("step_pct_per_10pct_minority"),
            FloorPercent = f.OptNumber("floor_pct"),
        };
    }

    private static LegalProvision Provision(CatalogueElement p, string instrument, CatalogueTerms terms)
    {
        p = p.WithRule(p.String("id"));
        return new LegalProvision(p.String("id"), p.String("description"), terms.Basis(p, instrument));
    }

    private static void CheckUnambiguous(List<UnitStandard> standards, CatalogueElement at)
    {
        var clash = standards.GroupBy(s => (s.UnitType, s.ParentType, s.Region)).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw at.Fail($"standards {string.Join(" and ", clash.Select(s => $"'{s.Id}'"))} apply to the same units");
        }
    }

    internal static void CheckUnique(IEnumerable<string> ids, CatalogueElement at)
    {
        var duplicate = ids.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw at.Fail($"duplicate id '{duplicate.Key}'");
        }
    }
}
