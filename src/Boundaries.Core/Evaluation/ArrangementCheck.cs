using Boundaries.Core.Standards;

namespace Boundaries.Core.Evaluation;

/// <summary>Applies a programme period's criteria and exemptions to one unit's percentages.</summary>
internal static class ArrangementCheck
{
    public sealed record Outcome(bool? MustArrange, IReadOnlyList<ArrangementCriterion> Matched, AppliedExemption? Exemption);

    public static Outcome Apply(
        ProgrammePeriod? programme, AdminUnit unit, double? areaPercent, double? populationPercent, List<string> notes, List<ILegalRule> reliedOn)
    {
        if (programme is null)
        {
            return new Outcome(null, [], null);
        }

        var (p, period) = (programme.Programme, programme.Period);
        if (!p.Levels.Contains(unit.Level))
        {
            notes.Add($"{p.Basis.Instrument} chỉ áp dụng cho đơn vị hành chính {string.Join(" và ", p.Levels.Select(LevelName))}; đơn vị này không thuộc phạm vi.");
            return new Outcome(false, [], null);
        }

        if (areaPercent is not { } area || populationPercent is not { } population)
        {
            return new Outcome(null, [], null);
        }

        // NQ 35/2023/UBTVQH15 Điều 1: a unit is subject to arrangement when any row of its level matches.
        var rows = period.Criteria.Where(c => c.Levels.Contains(unit.Level)).ToList();
        reliedOn.AddRange(rows);
        var matched = rows.Where(c => c.Matches(area, population)).ToList();
        foreach (var row in matched)
        {
            notes.Add(Invariant.Text($"Thuộc trường hợp {row.Id}: diện tích {Invariant.Num(area)} % < {row.AreaBelowPercent} % và dân số {Invariant.Num(population)} % < {row.PopulationBelowPercent} % ({row.Basis.Citation})."));
        }

        var exemption = FindExemption(p, period, unit);
        if (exemption is not null && matched.Count > 0)
        {
            reliedOn.Add(exemption.Ground);
            notes.Add($"Không bắt buộc sắp xếp: {exemption.Ground.Basis.Citation}, trường hợp {exemption.Ground.Ground} ({exemption.Fact.Reason}; nguồn: {exemption.Fact.Source}).");
        }
        else if (exemption is not null)
        {
            notes.Add($"Có ghi nhận căn cứ không bắt buộc sắp xếp {exemption.Ground.Id}; không cần dùng vì đơn vị không thuộc diện sắp xếp.");
        }

        return new Outcome(matched.Count > 0, matched, matched.Count > 0 ? exemption : null);
    }

    private static AppliedExemption? FindExemption(ArrangementProgramme programme, ArrangementPeriod period, AdminUnit unit)
    {
        foreach (var ground in programme.Exemptions.Where(g => g.AppliesIn(period.Id)))
        {
            var fact = unit.SpecialFactors.FirstOrDefault(f => f.Kind == ground.FactKind);
            if (fact is not null)
            {
                return new AppliedExemption(ground, fact);
            }
        }

        return null;
    }

    private static string LevelName(UnitLevel level) => level switch
    {
        UnitLevel.Province => "cấp tỉnh",
        UnitLevel.District => "cấp huyện",
        _ => "cấp xã",
    };
}
