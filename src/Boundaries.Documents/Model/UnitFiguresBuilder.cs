using Boundaries.Core.Scenarios.Steps;
using Boundaries.Core.Standards;
using Boundaries.Core.Units;
using Boundaries.Documents.Figures;

namespace Boundaries.Documents.Model;

/// <summary>Turns a unit's assessment and snapshot into the figures a document prints: official figures first, rounded once, percentages from the printed figures.</summary>
internal static class UnitFiguresBuilder
{
    /// <param name="inherited">Doubts on the figures of the units this one is formed from: its sums rest on them too.</param>
    public static UnitFigures Build(UnitSnapshot snapshot, Assessment? assessment, AdminMap map, FigureContext context, bool after, IReadOnlyList<FigureDoubt>? inherited = null)
    {
        var unit = map.Find(snapshot.Code);
        var parent = unit is null ? null : map.ParentOf(unit);
        var declared = snapshot.Declared || (assessment?.Area.Source.Contains(DeclaredFigure.Flag, StringComparison.Ordinal) ?? false);
        var standard = assessment?.Standard is { } s
            ? new StandardFigures(VietnameseNames.StandardName(s.Standard), s.MinAreaKm2, s.MinPopulation, context.Writer.Rule(s.Standard.Basis.Citation), s.Standard.Basis.Status == RuleStatus.Unconfirmed)
            : null;
        var subordinates = unit is null || unit.Level == UnitLevel.Commune ? "" : VietnameseNames.Breakdown(map.ChildrenOf(unit.Code), unit.Type);

        var official = context.Official(snapshot.Code.Value, after);
        var area = Rounding.Two(official?.AreaKm2 ?? assessment?.Area.Km2 ?? snapshot.AreaKm2);
        var population = official?.Population ?? assessment?.Population.Value ?? snapshot.Population;
        var areaNote = official?.AreaKm2 is not null ? official.Note
            : assessment is null ? "" : SourceNotes.Area(assessment.Area, declared);
        var populationNote = official?.Population is not null ? official.Note
            : assessment is null ? "" : SourceNotes.Population(assessment.Population);
        var areaPercent = Rounding.Percent(area, standard?.MinAreaKm2);
        var populationPercent = Rounding.Percent(population, standard?.MinPopulation);
        var meets = areaPercent is { } ap && populationPercent is { } pp ? ap >= 100 && pp >= 100 : assessment?.MeetsStandard;
        var name = snapshot.Name;

        // A figure replaced by an official one no longer rests on the doubted declared value.
        var doubts = (assessment?.Doubts ?? []).Concat(inherited ?? [])
            .Where(d => d.Figure == DoubtedFigure.Area ? official?.AreaKm2 is null : official?.Population is null)
            .Distinct()
            .ToList();
        context.Add(new FigureRow(name, after ? "sau" : "trước", area, areaPercent, population, populationPercent, areaNote, populationNote,
            FigureDoubts.Text(doubts, DoubtedFigure.Area), FigureDoubts.Text(doubts, DoubtedFigure.Population)));

        return new UnitFigures(
            snapshot.Code.Value,
            name,
            VietnameseNames.InText(snapshot.Name, snapshot.Type),
            snapshot.Type.VietnameseName(),
            VietnameseNames.LevelKey(snapshot.Level),
            parent is null ? "" : VietnameseNames.InText(parent),
            area,
            areaNote,
            declared,
            population,
            official?.Population is not null ? null : assessment?.Population.Year,
            populationNote,
            standard,
            areaPercent,
            populationPercent,
            meets,
            assessment?.MustArrange,
            assessment is null ? "" : VietnameseNames.Status(assessment, meets),
            assessment is null ? "" : string.Join("; ", assessment.MatchedCriteria.Select(c => context.Writer.Rule(c.Basis.Citation)).Distinct()),
            subordinates,
            Unconfirmed(assessment?.Unconfirmed ?? [], context))
        {
            Doubts = doubts,
        };
    }

    public static IReadOnlyList<RuleNote> Unconfirmed(IEnumerable<RuleReference> rules, FigureContext context) =>
        rules.Where(r => r.Status == RuleStatus.Unconfirmed)
            .GroupBy(r => r.Id)
            .Select(g => new RuleNote(g.Key, context.Writer.Rule(g.First().Citation), true))
            .ToList();
}
