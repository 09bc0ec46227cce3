using Boundaries.Core.Standards;

namespace Boundaries.Core.Evaluation;

/// <summary>Measures units against the standards in force and finds those that must be arranged.</summary>
public static class StandardsEvaluator
{
    /// <summary>Assesses every unit of the map (communes, districts and the province) as of the options' date.</summary>
    /// <exception cref="ArgumentException">A named regime or programme is unknown, or no regime is in force on the date.</exception>
    public static MapEvaluation Evaluate(AdminMap map, StandardsCatalogue catalogue, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(map);
        var selection = StandardsSelection.For(catalogue, options);
        var assessor = new UnitAssessor(map, selection, options);
        return new MapEvaluation(options.AsOf, selection, map.Units.Select(assessor.Assess).ToList());
    }

    /// <summary>Assesses a unit that would be formed by an arrangement: its percentages, and whether it is permitted under the merged-unit rule.</summary>
    /// <remarks>NQ 35/2023/UBTVQH15 Điều 4: the new unit must meet the area and population standards unless it merges three or more units of the same level.</remarks>
    public static MergerAssessment EvaluateHypothetical(StandardsCatalogue catalogue, HypotheticalUnit unit, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.MergedUnitCount < 1)
        {
            throw new ArgumentException($"MergedUnitCount must be at least 1, was {unit.MergedUnitCount}.", nameof(unit));
        }

        var selection = StandardsSelection.For(catalogue, options);
        var notes = new List<string>(selection.Notes);
        var reliedOn = new List<ILegalRule> { selection.Regime };
        var standard = StandardResolver.Resolve(selection.Regime, unit.Type, unit.ParentType, unit.Region, unit.SpecialFactors, notes, reliedOn);
        double? areaPercent = standard is null ? null : 100.0 * unit.AreaKm2 / standard.MinAreaKm2;
        double? populationPercent = standard is null ? null : 100.0 * unit.Population / standard.MinPopulation;
        bool? meets = standard is null ? null : unit.AreaKm2 >= standard.MinAreaKm2 && unit.Population >= standard.MinPopulation;

        var rule = selection.Programme?.Programme.MergedUnitRule;
        bool? permitted = meets;
        if (rule is not null)
        {
            reliedOn.Add(rule);
            if (meets == false && unit.MergedUnitCount >= rule.MinUnitsForException)
            {
                permitted = true;
                notes.Add($"Được phép dù chưa đạt tiêu chuẩn: hợp nhất {unit.MergedUnitCount} đơn vị cùng cấp ({rule.Basis.Citation}: {rule.Description}).");
            }
            else if (meets == false)
            {
                notes.Add($"Không được phép: chưa đạt tiêu chuẩn và chỉ hợp nhất {unit.MergedUnitCount} đơn vị, ít hơn {rule.MinUnitsForException} ({rule.Basis.Citation}).");
            }
        }
        else
        {
            notes.Add("Không có chương trình sắp xếp nào áp dụng: không có ngoại lệ cho đơn vị hình thành do hợp nhất.");
        }

        var unconfirmed = reliedOn.Where(r => r.Basis.Status == RuleStatus.Unconfirmed).Select(RuleReference.Of).DistinctBy(r => r.Id).ToList();
        return new MergerAssessment(standard, areaPercent, populationPercent, meets, permitted, rule, unconfirmed, notes);
    }
}
