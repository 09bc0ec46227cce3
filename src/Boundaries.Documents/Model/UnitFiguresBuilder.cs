using Boundaries.Core.Evaluation;
using Boundaries.Core.Scenarios;
using Boundaries.Core.Standards;
using Boundaries.Core.Units;

namespace Boundaries.Documents.Model;

/// <summary>Turns a unit's assessment and snapshot into the figures a document prints.</summary>
internal static class UnitFiguresBuilder
{
    public static UnitFigures Build(UnitSnapshot snapshot, Assessment? assessment, AdminMap map)
    {
        var unit = map.Find(snapshot.Code);
        var parent = unit is null ? null : map.ParentOf(unit);
        var declared = snapshot.Declared || (assessment?.Area.Source.Contains(DeclaredFigure.Flag, StringComparison.Ordinal) ?? false);
        var standard = assessment?.Standard is { } s
            ? new StandardFigures(VietnameseNames.StandardName(s.Standard), s.MinAreaKm2, s.MinPopulation, s.Standard.Basis.Citation, s.Standard.Basis.Status == RuleStatus.Unconfirmed)
            : null;
        var subordinates = unit is null || unit.Level == UnitLevel.Commune ? "" : VietnameseNames.Breakdown(map.ChildrenOf(unit.Code), unit.Type);
        return new UnitFigures(
            snapshot.Code.Value,
            snapshot.Name,
            VietnameseNames.InText(snapshot.Name, snapshot.Type),
            snapshot.Type.VietnameseName(),
            VietnameseNames.LevelKey(snapshot.Level),
            parent is null ? "" : VietnameseNames.InText(parent),
            assessment?.Area.Km2 ?? snapshot.AreaKm2,
            assessment is null ? "" : VietnameseNames.AreaOrigin(assessment.Area, declared),
            declared,
            assessment?.Population.Value ?? snapshot.Population,
            assessment?.Population.Year,
            assessment?.Population.Source ?? "",
            standard,
            assessment?.AreaPercent,
            assessment?.PopulationPercent,
            assessment?.MeetsStandard,
            assessment?.MustArrange,
            assessment is null ? "" : VietnameseNames.Status(assessment),
            assessment?.Rule ?? "",
            subordinates,
            Unconfirmed(assessment?.Unconfirmed ?? []));
    }

    public static IReadOnlyList<RuleNote> Unconfirmed(IEnumerable<RuleReference> rules) =>
        rules.Where(r => r.Status == RuleStatus.Unconfirmed)
            .GroupBy(r => r.Id)
            .Select(g => new RuleNote(g.Key, g.First().Citation, true))
            .ToList();
}
