using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Scenarios.Territories;

namespace Boundaries.Core.Scenarios.Steps;

/// <summary>Plans a dissolution: a unit ceases and a neighbour of its level takes its territory (and, for a district, its communes).</summary>
internal static class DissolveStep
{
    public static OperationRefusal? Plan(StepContext context, DissolveOperation op)
    {
        if (context.Resolve([op.Unit, op.Into], out var units) is { } unknown)
        {
            return unknown;
        }

        var (unit, into) = (units[0], units[1]);
        if (into.Level != unit.Level)
        {
            return context.Refuse(into.Code, "level", $"{StepContext.Name(into)} không cùng cấp với {StepContext.Name(unit)}");
        }

        return unit.Level == UnitLevel.Commune ? Commune(context, op, unit, into) : Upper(context, op, unit, into);
    }

    private static OperationRefusal? Commune(StepContext context, DissolveOperation op, AdminUnit unit, AdminUnit into)
    {
        if (op.ChildrenTo is { Count: > 0 })
        {
            return context.Refuse(unit.Code, "dissolve", $"{StepContext.Name(unit)} không có đơn vị trực thuộc để phân chia");
        }

        var grown = context.WithPopulation(into, unit.Population?.Value ?? 0);
        var allowed = StepContext.PiecesAllowed([into.Geometry, unit.Geometry], op.Island);
        var pieces = new[] { into, unit }.Where(u => u.Geometry is not null).Select(u => new Territory(StepContext.Name(u), u.Code, u.Geometry!)).ToList();
        var (union, apart) = TerritoryUnion.Unite(context, pieces, allowed, StepContext.Name(into));
        if (apart is not null)
        {
            return apart;
        }

        grown = grown with { Geometry = union };
        context.Change.Set(grown, allowed);
        context.Change.Compositions[into.Code] = Composition.Sum([context.CompositionOf(into), context.CompositionOf(unit)]);
        context.CarryDeclared(unit.Code, into.Code);
        context.MarkFormed(into.Code, [into, unit]);
        context.Change.Remove(unit.Code, into.Code);
        context.Change.Message = $"{StepContext.Name(unit)} giải thể, nhập vào {StepContext.Name(into)}: " + StepContext.Figures(grown.GeodesicAreaKm2, grown.Population?.Value);
        return null;
    }

    private static OperationRefusal? Upper(StepContext context, DissolveOperation op, AdminUnit unit, AdminUnit into)
    {
        var children = context.Map.ChildrenOf(unit.Code).ToList();
        var targets = new HashSet<UnitCode> { into.Code };
        foreach (var (child, parentCode) in op.ChildrenTo ?? new Dictionary<UnitCode, UnitCode>())
        {
            if (children.All(c => c.Code != child))
            {
                return context.Refuse(child, "dissolve", $"đơn vị {child} không trực thuộc {StepContext.Name(unit)}");
            }

            if (context.Resolve(parentCode, out var parent) is { } unknown)
            {
                return unknown;
            }

            if (parent.Level != unit.Level || parent.Code == unit.Code)
            {
                return context.Refuse(parentCode, "level", $"{StepContext.Name(parent)} không thể nhận các đơn vị trực thuộc {StepContext.Name(unit)}");
            }

            targets.Add(parentCode);
        }

        foreach (var child in children)
        {
            var to = op.ChildrenTo is not null && op.ChildrenTo.TryGetValue(child.Code, out var named) ? named : into.Code;
            context.Change.Set(child with { ParentCode = to });
        }

        for (var i = 0; i < context.Map.Unassigned.Count; i++)
        {
            if (context.Map.Unassigned[i].ParentCode == unit.Code)
            {
                context.Change.Unassigned[i] = context.Map.Unassigned[i] with { ParentCode = into.Code };
            }
        }

        context.Change.Remove(unit.Code, into.Code);
        context.Change.WentTo[unit.Code] = [.. targets];
        context.Change.Message = $"{StepContext.Name(unit)} giải thể: {children.Count} đơn vị chuyển về {string.Join(", ", targets)}";
        return null;
    }
}
