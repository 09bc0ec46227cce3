using Boundaries.Core.Coverage.Neighbours;
using Boundaries.Core.Scenarios.Assessments;
using Boundaries.Core.Units;
using Boundaries.Documents.Figures;

namespace Boundaries.Documents.Model;

/// <summary>Describes a unit the scenario formed or changed: its parts, figures, the Điều 4 check and its neighbours.</summary>
internal static class PlannedUnitBuilder
{
    private const double WholeShare = 0.9999;

    /// <param name="beforeFigures">The printed figures of every unit before, by code: a part that is a whole unit prints them.</param>
    public static PlannedUnit Build(AssessedChange unit, ScenarioResult result, Adjacency adjacency, FigureContext context, IReadOnlyDictionary<string, UnitFigures> beforeFigures)
    {
        var change = unit.Change;
        var inherited = result.CodeTable
            .Where(r => r.Level == change.After!.Level && r.NewCode == change.After.Code && r.OldCode != r.NewCode)
            .SelectMany(r => beforeFigures.TryGetValue(r.OldCode.Value, out var b) ? b.Doubts : [])
            .Concat(change.Before is { } own && beforeFigures.TryGetValue(own.Code.Value, out var self) ? self.Doubts : [])
            .ToList();
        var after = UnitFiguresBuilder.Build(change.After!, unit.After, result.Map, context, after: true, inherited);
        var before = change.Before is null ? null
            : beforeFigures.TryGetValue(change.Before.Code.Value, out var known) ? known
            : UnitFiguresBuilder.Build(change.Before, unit.Before, result.Baseline, context, after: false);
        var code = change.After!.Code;
        var level = change.After.Level;
        var parts = result.CodeTable
            .Where(r => r.Level == level && r.NewCode == code)
            .Select(r =>
            {
                var whole = (r.AreaShare ?? r.PopulationShare ?? 0) >= WholeShare;
                var printed = whole && beforeFigures.TryGetValue(r.OldCode.Value, out var b) ? b : null;
                return new PartFlow(
                    r.OldCode.Value,
                    DossierModelBuilder.Name(result.Baseline, r.OldCode),
                    printed is null ? Rounding.Two(r.AreaKm2) : printed.AreaKm2,
                    printed?.Population ?? r.Population,
                    whole,
                    r.Declared,
                    r.OldCode == code);
            })
            .ToList();
        foreach (var part in parts.Where(p => !p.Itself && !p.Whole))
        {
            context.Add(new FigureRow($"Phần diện tích của {part.FromName} chuyển sang {after.NameInText}", "điều chỉnh", part.AreaKm2, null, part.Population, null, part.Declared ? DeclaredFigureNote.Mark : SourceNotes.Measured, ""));
        }

        var lost = result.CodeTable
            .Where(r => r.Level == level && r.OldCode == code && r.NewCode != code)
            .Select(r => new LostPart(r.NewCode.Value, DossierModelBuilder.Name(result.Map, r.NewCode), Rounding.Two(r.AreaKm2), r.Population, r.Declared))
            .ToList();
        var formed = unit.FormedFrom is { } n && unit.Formed is { } f
            ? new FormedUnitCheck(
                n,
                after.MeetsStandard,
                f.Permitted,
                f.PermittedByMergerSize,
                f.Rule?.MinUnitsForException,
                context.Writer.Rule(f.Rule?.Basis.Citation ?? ""),
                UnitFiguresBuilder.Unconfirmed(f.Unconfirmed, context))
            : null;
        var sides = result.Map.Find(code) is { } now && level == UnitLevel.Commune
            ? NeighbourSides.Of(adjacency, result.Map, now)
            : [];
        return new PlannedUnit(
            Kind(change, formed),
            after,
            before,
            parts,
            parts.Where(p => !p.Itself).ToList(),
            lost,
            formed,
            sides,
            string.Join("; ", sides.Select(s => s.Text)),
            change.Seat ?? "",
            change.Declared);
    }

    private static string Kind(UnitChange change, FormedUnitCheck? formed) =>
        formed is { FormedFrom: >= 2 } ? "merged"
        : change.What.Contains("created") ? "created"
        : change.What.Contains("area") || change.What.Contains("population") ? "adjusted"
        : change.What.Contains("name") ? "renamed"
        : "changed";
}
