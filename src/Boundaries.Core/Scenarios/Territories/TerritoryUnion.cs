using Boundaries.Core.Scenarios.Steps;

namespace Boundaries.Core.Scenarios.Territories;

/// <summary>Unites pieces of territory into one unit's polygon, refusing a result in more pieces than allowed.</summary>
internal static class TerritoryUnion
{
    /// <summary>Sets the change's method and input overlap; returns the polygon (null when no piece has one) or a refusal naming the piece lying apart.</summary>
    public static (NetTopologySuite.Geometries.Geometry? Union, OperationRefusal? Refusal) Unite(
        StepContext context, IReadOnlyList<Territory> pieces, int allowed, string unitFormed)
    {
        if (pieces.Count == 0)
        {
            return (null, null);
        }

        var (union, method, overlapKm2) = PolygonUnion.Of(pieces.Select(p => p.Geometry).ToList());
        context.Change.Method = method;
        context.Change.InputOverlapKm2 += overlapKm2;
        if (overlapKm2 > 0)
        {
            context.Change.Notes.Add($"các đa giác đầu vào chồng lấn {Formatting.VietnameseFormat.Number(overlapKm2 * 1e6, 3)} m²; phần chồng lấn chỉ được tính một lần");
        }

        var refusal = context.Detached(union, allowed, pieces.Select(p => (p.Name, p.Code, p.Geometry)).ToList(), unitFormed);
        return (refusal is null ? union : null, refusal);
    }
}
