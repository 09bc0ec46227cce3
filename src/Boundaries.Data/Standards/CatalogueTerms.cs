using Boundaries.Core.Standards;

namespace Boundaries.Data.Standards;

/// <summary>Reads the shared vocabulary of catalogue files: statuses, unit types, regions, levels and the legal basis of a rule.</summary>
internal sealed class CatalogueTerms(IReadOnlyDictionary<string, string> sources)
{
    public LegalBasis Basis(CatalogueElement e, string instrument)
    {
        var keys = e.Strings("sources");
        var resolved = new List<string>(keys.Count);
        foreach (var key in keys)
        {
            resolved.Add(sources.TryGetValue(key, out var text)
                ? text
                : throw e.Prop("sources").Fail($"unknown source key '{key}' (not in sources.json)"));
        }

        return new LegalBasis(instrument, e.OptString("article"), Status(e), resolved, e.OptString("note"));
    }

    public static RuleStatus Status(CatalogueElement e) => e.String("status") switch
    {
        "confirmed" => RuleStatus.Confirmed,
        "derived" => RuleStatus.Derived,
        "unconfirmed" => RuleStatus.Unconfirmed,
        var other => throw e.Prop("status").Fail($"'status' must be confirmed, derived or unconfirmed, found '{other}'"),
    };

    public static UnitType Type(CatalogueElement e, string name) => ParseType(e.String(name), e.Prop(name));

    public static IReadOnlyList<UnitType> Types(CatalogueElement e, string name) =>
        e.Array(name, required: false).Select(item => ParseType(item.Element.GetString() ?? "", item)).ToList();

    public static RegionClass? Region(CatalogueElement e) => e.String("region") switch
    {
        "mien-nui-vung-cao" => RegionClass.MienNuiVungCao,
        "hai-dao" => RegionClass.HaiDao,
        "other" => RegionClass.Other,
        "all" => null,
        var other => throw e.Prop("region").Fail($"'region' must be mien-nui-vung-cao, hai-dao, other or all, found '{other}'"),
    };

    public static IReadOnlyList<UnitLevel> Levels(CatalogueElement e) =>
        e.Array("levels").Select(item => item.Element.GetString() switch
        {
            "province" => UnitLevel.Province,
            "district" => UnitLevel.District,
            "commune" => UnitLevel.Commune,
            var other => throw item.Fail($"a level must be province, district or commune, found '{other}'"),
        }).ToList();

    public static StandardDimension Dimension(CatalogueElement e) => e.String("dimension") switch
    {
        "area" => StandardDimension.Area,
        "population" => StandardDimension.Population,
        var other => throw e.Prop("dimension").Fail($"'dimension' must be area or population, found '{other}'"),
    };

    public MergedUnitRule MergedUnitRule(CatalogueElement e, string instrument)
    {
        var rule = e.WithRule(e.String("id"));
        var min = rule.Number("min_units_for_exception");
        return min != Math.Floor(min) || min < 2
            ? throw rule.Prop("min_units_for_exception").Fail("'min_units_for_exception' must be a whole number of at least 2")
            : new MergedUnitRule(rule.String("id"), (int)min, rule.String("description"), Basis(rule, instrument));
    }

    private static UnitType ParseType(string text, CatalogueElement at) =>
        UnitTypes.TryParse(text, out var type) ? type : throw at.Fail($"unknown unit type '{text}'");
}
