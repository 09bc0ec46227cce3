using Boundaries.Core.Standards;

namespace Boundaries.Data.Standards;

/// <summary>Reads the "programme" object of a catalogue file.</summary>
internal static class ProgrammeReader
{
    public static ArrangementProgramme Read(CatalogueElement root, CatalogueTerms terms)
    {
        var p = root.Prop("programme");
        p = p.WithRule(p.String("id"));
        var instrument = p.String("instrument");
        var periods = p.Array("periods").Select(x => Period(x, instrument, terms)).ToList();
        if (periods.Count == 0)
        {
            throw p.Prop("periods").Fail("a programme needs at least one period");
        }

        var periodIds = periods.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        var exemptions = p.Array("exemptions", required: false).Select(e => Exemption(e, instrument, periodIds, terms)).ToList();
        RegimeReader.CheckUnique(periods.SelectMany(x => x.Criteria).Select(c => c.Id).Concat(exemptions.Select(e => e.Id)), p);
        return new ArrangementProgramme(p.String("id"), p.String("title"), p.Date("adopted"), p.String("standards_regime"),
            CatalogueTerms.Levels(p), terms.Basis(p, instrument), periods, exemptions, terms.MergedUnitRule(p.Prop("merged_unit_rule"), instrument));
    }

    private static ArrangementPeriod Period(CatalogueElement x, string instrument, CatalogueTerms terms)
    {
        var from = x.Date("from");
        var to = x.Date("to");
        if (to < from)
        {
            throw x.Prop("to").Fail("'to' is before 'from'");
        }

        var criteria = x.Array("criteria").Select(c => new ArrangementCriterion(
            c.String("id"), CatalogueTerms.Levels(c), c.Number("area_below_pct"), c.Number("population_below_pct"),
            c.String("description"), terms.Basis(c, instrument))).ToList();
        return new ArrangementPeriod(x.String("id"), from, to, criteria);
    }

    private static ExemptionGround Exemption(CatalogueElement e, string instrument, IReadOnlySet<string> periodIds, CatalogueTerms terms)
    {
        var periods = e.Strings("periods", required: false);
        var unknown = periods.FirstOrDefault(id => !periodIds.Contains(id));
        if (unknown is not null)
        {
            throw e.Prop("periods").Fail($"unknown period '{unknown}'");
        }

        return new ExemptionGround(e.String("id"), e.String("fact_kind"), e.String("ground"), e.String("description"), periods, terms.Basis(e, instrument));
    }
}
