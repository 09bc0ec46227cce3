using Boundaries.Core.Coverage;
using Boundaries.Core.Scenarios;
using Boundaries.Core.Units;

namespace Boundaries.Documents.Model;

/// <summary>Describes a unit the scenario formed or changed: its parts, figures, the Điều 4 check and its neighbours.</summary>
internal static class PlannedUnitBuilder
{
    private const double WholeShare = 0.9999;

    public static PlannedUnit Build(AssessedChange unit, ScenarioResult result, Adjacency adjacency)
    {
        var change = unit.Change;
        var after = UnitFiguresBuilder.Build(change.After!, unit.After, result.Map);
        var before = change.Before is null ? null : UnitFiguresBuilder.Build(change.Before, unit.Before, result.Baseline);
        var code = change.After!.Code;
        var level = change.After.Level;
        var parts = result.CodeTable
            .Where(r => r.Level == level && r.NewCode == code)
            .Select(r => new PartFlow(
                r.OldCode.Value,
                DossierModelBuilder.Name(result.Baseline, r.OldCode),
                r.AreaKm2,
                r.Population,
                (r.AreaShare ?? r.PopulationShare ?? 0) >= WholeShare,
                r.Declared,
                r.OldCode == code))
            .ToList();
        var lost = result.CodeTable
            .Where(r => r.Level == level && r.OldCode == code && r.NewCode != code)
            .Select(r => new LostPart(r.NewCode.Value, DossierModelBuilder.Name(result.Map, r.NewCode), r.AreaKm2, r.Population, r.Declared))
            .ToList();
        var formed = unit.FormedFrom is { } n && unit.Formed is { } f
            ? new FormedUnitCheck(
                n,
                f.MeetsStandard,
                f.Permitted,
                f.PermittedByMergerSize,
                f.Rule?.MinUnitsForException,
                f.Rule?.Basis.Citation ?? "",
                UnitFiguresBuilder.Unconfirmed(f.Unconfirmed))
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
