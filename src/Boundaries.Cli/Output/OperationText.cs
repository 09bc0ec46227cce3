using Boundaries.Core.Scenarios;
using Boundaries.Core.Units;

namespace Boundaries.Cli.Output;

/// <summary>One line describing a scenario operation, with unit names taken from the map when one is given.</summary>
internal static class OperationText
{
    public static string Of(ScenarioOperation operation, AdminMap? map = null)
    {
        string U(UnitCode c) => map?.Find(c) is { } u ? $"{u.FullName} ({c})" : c.Value;
        string Us(IEnumerable<UnitCode> cs) => string.Join(" + ", cs.Select(U));
        string Part(UnitPart p) => FormattableString.Invariant($"{p.Name ?? "part"} of {U(p.From)}, {p.Population:N0} people, {Shape(p.Shape)}");
        return operation switch
        {
            MergeOperation m => $"merge {Us(m.Units)} → {m.Into.Name} ({m.Into.Code}, {m.Into.Type.VietnameseName()})",
            TransferOperation t => $"transfer {Part(t.Part)} → {U(t.To)}",
            ReassignOperation r => $"reassign {Us(r.Units)} → {U(r.To)}",
            EstablishOperation e => $"establish {e.Unit.Name} ({e.Unit.Code}, {e.Unit.Type.VietnameseName()}) in {U(e.Parent)} from {string.Join(", ", e.WholeUnits.Select(U).Concat(e.Parts.Select(Part)))}",
            ChangeTypeOperation c => $"change type of {U(c.Unit)} → {c.Type.VietnameseName()}",
            RenameOperation n => $"rename {U(n.Unit)} → {n.Name}",
            DissolveOperation d => $"dissolve {U(d.Unit)} into {U(d.Into)}",
            _ => operation.Kind,
        };
    }

    private static string Shape(PartShape shape) => shape switch
    {
        DeclaredPart d => FormattableString.Invariant($"declared {d.AreaKm2:0.##} km² (no published polygon)"),
        PolygonPart => "polygon",
        SplitLinePart => "split line",
        _ => shape.GetType().Name,
    };
}
