using Boundaries.Core.Standards;

namespace Boundaries.Core.Evaluation;

/// <summary>Assesses the units of one map against one selection of regime and programme.</summary>
internal sealed class UnitAssessor(AdminMap map, StandardsSelection selection, EvaluationOptions options)
{
    private readonly FigureResolver _figures = new(map, options);

    public Assessment Assess(AdminUnit unit)
    {
        var notes = new List<string>();
        var reliedOn = new List<ILegalRule>();
        var parentType = map.ParentOf(unit)?.Type;
        var standard = StandardResolver.Resolve(selection.Regime, unit.Type, parentType, unit.Region, unit.SpecialFactors, notes, reliedOn);
        var area = _figures.Area(unit, notes);
        var population = _figures.Population(unit, notes);

        var insufficient = area.Km2 is null || population.Value is null;
        if (area.Km2 is null)
        {
            notes.Add($"Thiếu số liệu: chưa có diện tích ({area.Source.TrimEnd('.')}).");
        }

        if (population.Value is null)
        {
            notes.Add($"Thiếu số liệu: chưa có dân số ({population.Source.TrimEnd('.')}).");
        }

        double? areaPercent = standard is not null && area.Km2 is { } km2 ? 100.0 * km2 / standard.MinAreaKm2 : null;
        double? populationPercent = standard is not null && population.Value is { } people ? 100.0 * people / standard.MinPopulation : null;
        bool? meets = areaPercent is { } a && populationPercent is { } p ? a >= 100 && p >= 100 : null;
        var criteria = standard is null ? [] : EvaluateCriteria(unit, standard.Standard, reliedOn);
        var outcome = ArrangementCheck.Apply(selection.Programme, unit, areaPercent, populationPercent, notes, reliedOn);
        NoteInformationalFacts(unit, outcome.Exemption is null, notes);

        return new Assessment
        {
            Unit = unit,
            ParentType = parentType,
            Standard = standard,
            Area = area,
            Population = population,
            AreaPercent = areaPercent,
            PopulationPercent = populationPercent,
            MeetsStandard = meets,
            Criteria = criteria,
            MustArrange = outcome.MustArrange,
            MatchedCriteria = outcome.Matched,
            Exemption = outcome.Exemption,
            Unconfirmed = Unconfirmed(reliedOn),
            InsufficientData = insufficient,
            Doubts = unit.Doubts.Where(d => d.Figure == DoubtedFigure.Population ? population.Value is not null && (population.Official || unit.OfficialPopulation is null)
                                                                              : area.Km2 is not null).ToList(),
            Notes = notes,
        };
    }

    /// <summary>The rules relied on that are unconfirmed, including the regime and programme themselves.</summary>
    private IReadOnlyList<RuleReference> Unconfirmed(List<ILegalRule> reliedOn)
    {
        IEnumerable<ILegalRule> all = reliedOn.Prepend(selection.Regime);
        if (selection.Programme is { } programme)
        {
            all = all.Prepend(programme.Programme);
        }

        return all.Where(r => r.Basis.Status == RuleStatus.Unconfirmed).Select(RuleReference.Of).DistinctBy(r => r.Id).ToList();
    }

    private List<CriterionResult> EvaluateCriteria(AdminUnit unit, UnitStandard standard, List<ILegalRule> reliedOn)
    {
        var children = map.ChildrenOf(unit.Code);
        var results = new List<CriterionResult>();
        foreach (var criterion in standard.Criteria)
        {
            reliedOn.Add(criterion);
            var count = criterion.OfTypes.Count == 0 ? children.Count : children.Count(c => criterion.OfTypes.Contains(c.Type));
            var met = (criterion.MinCount is not { } min || count >= min)
                      && (criterion.MinSharePercent is not { } share || (children.Count > 0 && 100.0 * count / children.Count >= share));
            results.Add(new CriterionResult(criterion, count, children.Count, met));
        }

        return results;
    }

    private static void NoteInformationalFacts(AdminUnit unit, bool noExemption, List<string> notes)
    {
        foreach (var fact in unit.SpecialFactors)
        {
            if (fact.Kind == FactKinds.ListedMustArrange)
            {
                var listed = fact.Value is > 0 ? "có" : "không";
                notes.Add($"Phương án sắp xếp của tỉnh {listed} đưa đơn vị này vào diện sắp xếp ({fact.Reason}; nguồn: {fact.Source}).");
            }
            else if (fact.Kind == FactKinds.ProvinceProposedNotToArrange)
            {
                var ground = noExemption ? "; chưa ghi nhận căn cứ không bắt buộc sắp xếp nào của chương trình" : "";
                notes.Add($"Ủy ban nhân dân tỉnh đề nghị không sắp xếp: {fact.Reason} (nguồn: {fact.Source}){ground}.");
            }
        }
    }
}
