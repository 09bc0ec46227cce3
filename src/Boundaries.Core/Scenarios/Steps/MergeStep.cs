using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Scenarios.Territories;

namespace Boundaries.Core.Scenarios.Steps;

/// <summary>Plans a merge: whole units of one level become one unit.</summary>
internal static class MergeStep
{
    public static OperationRefusal? Plan(StepContext context, MergeOperation op)
    {
        if (op.Units.Count < 2)
        {
            return context.Refuse(op.Units.FirstOrDefault(), "merge", "cần từ hai đơn vị trở lên để nhập");
        }

        if (context.Resolve(op.Units, out var units) is { } unknown)
        {
            return unknown;
        }

        var level = units[0].Level;
        if (units.FirstOrDefault(u => u.Level != level) is { } other)
        {
            return context.Refuse(other.Code, "level", $"{StepContext.Name(other)} không cùng cấp với {StepContext.Name(units[0])}");
        }

        if (op.Into.Type.LevelOf() != level)
        {
            return context.Refuse(op.Into.Code, "type", $"không thể hình thành {op.Into.Type.VietnameseName()} từ các đơn vị {level.VietnameseName()}");
        }

        if (context.Map.Find(op.Into.Code) is { } taken && !op.Units.Contains(op.Into.Code))
        {
            return context.Refuse(op.Into.Code, "code-in-use", $"mã {op.Into.Code} đã được dùng cho {StepContext.Name(taken)}");
        }

        var parents = units.Select(u => u.ParentCode).Distinct().ToList();
        if (op.Parent is null && parents.Count > 1)
        {
            return context.Refuse(units.First(u => u.ParentCode != parents[0]).Code, "parent", $"các đơn vị thuộc những đơn vị cấp trên khác nhau ({string.Join(", ", parents)}); hãy chọn đơn vị cấp trên của {op.Into.Name}");
        }

        var parent = op.Parent ?? parents[0]!.Value;
        var formed = op.Into.FullName;
        Units.AdminUnit result;
        if (level == UnitLevel.Commune)
        {
            var pieces = units.Where(u => u.Geometry is not null).Select(u => new Territory(StepContext.Name(u), u.Code, u.Geometry!)).ToList();
            var (union, refusal) = TerritoryUnion.Unite(context, pieces, StepContext.PiecesAllowed(units.Select(u => u.Geometry), op.Island), formed);
            if (refusal is not null)
            {
                return refusal;
            }

            result = FormedUnit.Build(context, op.Into, parent, units, union, 0);
            context.Change.Set(result, StepContext.PiecesAllowed(units.Select(u => u.Geometry), op.Island));
            context.Change.Compositions[result.Code] = Composition.Sum(units.Select(context.CompositionOf));
        }
        else
        {
            result = FormedUnit.Build(context, op.Into, parent, units, null, 0);
            context.Change.Set(result);
            Reparent(context, units, result.Code);
        }

        foreach (var unit in units.Where(u => u.Code != result.Code))
        {
            context.CarryDeclared(unit.Code, result.Code);
            context.Change.Remove(unit.Code, result.Code);
        }

        context.MarkFormed(result.Code, units);
        context.Change.Anchors[result.Code] = units[0].Code;
        if (op.Into.Seat is { } seat)
        {
            context.Change.Seats[result.Code] = seat;
        }

        context.Change.Message = $"{string.Join(" + ", units.Select(StepContext.Name))} → {StepContext.Name(result)}"
            + (level == UnitLevel.Commune ? ": " + StepContext.Figures(result.GeodesicAreaKm2, result.Population?.Value) : "");
        return null;
    }

    /// <summary>Moves the children (and unassigned polygons) of units that cease under <paramref name="to"/>.</summary>
    public static void Reparent(StepContext context, IEnumerable<Units.AdminUnit> ceasing, UnitCode to)
    {
        foreach (var unit in ceasing.Where(u => u.Code != to))
        {
            foreach (var child in context.Map.ChildrenOf(unit.Code))
            {
                context.Change.Set(child with { ParentCode = to });
            }

            for (var i = 0; i < context.Map.Unassigned.Count; i++)
            {
                if (context.Map.Unassigned[i].ParentCode == unit.Code)
                {
                    context.Change.Unassigned[i] = context.Map.Unassigned[i] with { ParentCode = to };
                }
            }
        }
    }
}
