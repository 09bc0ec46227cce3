using Boundaries.Core.Standards;

namespace Boundaries.Data.Standards;

/// <summary>Reads the "orientation" object of a catalogue file.</summary>
internal static class OrientationReader
{
    public static Orientation Read(CatalogueElement root, CatalogueTerms terms)
    {
        var o = root.Prop("orientation");
        o = o.WithRule(o.String("id"));
        var instrument = o.String("instrument");
        var targets = o.Array("targets").Select(t => new OrientationTarget(
            t.String("id"), CatalogueTerms.Type(t, "unit_type"), t.String("condition"),
            t.OptNumber("area_pct_of_standard"), t.OptNumber("population_pct_of_standard"),
            t.Number("min_area_km2"), t.Number("min_population"), terms.Basis(t, instrument))).ToList();
        RegimeReader.CheckUnique(targets.Select(t => t.Id), o);
        return new Orientation(o.String("id"), o.String("title"), o.Date("adopted"), o.OptDate("effective_from"), o.Date("data_reference_date"),
            o.String("standards_regime"), terms.Basis(o, instrument), targets, terms.MergedUnitRule(o.Prop("merged_unit_rule"), instrument));
    }
}
