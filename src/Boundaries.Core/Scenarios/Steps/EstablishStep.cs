using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Scenarios.Territories;

namespace Boundaries.Core.Scenarios.Steps;

/// <summary>Plans an establishment: a new unit from whole units (which cease, or become its children) and parts of units.</summary>
internal static class EstablishStep
{
    public static OperationRefusal? Plan(StepContext context, EstablishOperation op)
    {
        var spec = op.Unit;
        if (context.Resolve(op.Parent, out var parent) is { } unknownParent)
        {
            return unknownParent;
        }

        if (!Tiers.MayBeUnder(spec.Type.LevelOf(), parent.Level, context.Map.TwoTier))
        {
            return context.Refuse(spec.Code, "type", $"{spec.Type.VietnameseName()} không thể trực thuộc {StepContext.Name(parent)}");
        }

        if (context.Resolve(op.WholeUnits, out var wholes) is { } unknown)
        {
            return unknown;
        }

        var level = spec.Type.LevelOf();
        var absorbed = wholes.Where(u => u.Level == level).ToList();
        var children = wholes.Where(u => (int)u.Level == (int)level + 1).ToList();
        if (wholes.FirstOrDefault(u => u.Level != level && (int)u.Level != (int)level + 1) is { } misfit)
        {
            return context.Refuse(misfit.Code, "level", $"{StepContext.Name(misfit)} không thể nhập vào cũng không thể trực thuộc {spec.Type.VietnameseName()} được thành lập");
        }

        if (context.Map.Find(spec.Code) is { } taken && absorbed.All(u => u.Code != spec.Code))
        {
            return context.Refuse(spec.Code, "code-in-use", $"mã {spec.Code} đã được dùng cho {StepContext.Name(taken)}");
        }

        if (op.Parts.Count > 0 && level != UnitLevel.Commune)
        {
            return context.Refuse(op.Parts[0].From, "level", "phần của đơn vị chỉ hình thành được đơn vị cấp xã; để thành lập đơn vị cấp huyện, hãy lấy nguyên các đơn vị cấp xã");
        }

        if (op.Parts.FirstOrDefault(p => wholes.Any(w => w.Code == p.From)) is { } both)
        {
            return context.Refuse(both.From, "repeated-unit", $"đơn vị {both.From} được nêu cả nguyên đơn vị lẫn một phần");
        }

        if (wholes.Count == 0 && op.Parts.Count == 0)
        {
            return context.Refuse(spec.Code, "establish", $"{spec.Name} cần có địa giới: hãy nêu các đơn vị nguyên vẹn hoặc phần của đơn vị");
        }

        return level == UnitLevel.Commune
            ? Commune(context, op, parent.Code, absorbed)
            : Upper(context, op, parent.Code, absorbed, children);
    }

    private static OperationRefusal? Commune(StepContext context, EstablishOperation op, UnitCode parent, List<AdminUnit> absorbed)
    {
        var spec = op.Unit;
        var pieces = absorbed.Where(u => u.Geometry is not null).Select(u => new Territory(StepContext.Name(u), u.Code, u.Geometry!)).ToList();
        var compositions = absorbed.Select(context.CompositionOf).ToList();
        var declaredKm2 = 0.0;
        long partPeople = 0;
        foreach (var part in op.Parts)
        {
            var (taken, refusal) = PartStep.Take(context, part, spec.Code);
            if (refusal is not null)
            {
                return refusal;
            }

            if (taken!.Polygon is { } polygon)
            {
                pieces.Add(new Territory(part.Describe(context.Map.Find(part.From)!), part.From, polygon));
            }
            else
            {
                declaredKm2 += taken.AreaKm2;
            }

            compositions.Add(taken.Moved);
            partPeople += part.Population;
        }

        var allowed = StepContext.PiecesAllowed(absorbed.Select(u => u.Geometry), op.Island);
        var (union, apart) = TerritoryUnion.Unite(context, pieces, allowed, spec.FullName);
        if (apart is not null)
        {
            return apart;
        }

        var unit = FormedUnit.Build(context, spec, parent, absorbed, union, partPeople);
        context.Change.Set(unit, allowed);
        context.MarkFormed(unit.Code, absorbed);
        context.Change.Compositions[unit.Code] = Composition.Sum(compositions);
        foreach (var whole in absorbed)
        {
            context.CarryDeclared(whole.Code, unit.Code);
            if (whole.Code != unit.Code)
            {
                context.Change.Remove(whole.Code, unit.Code);
            }
        }

        if (declaredKm2 != 0)
        {
            context.Change.DeclaredAreaKm2[unit.Code] = context.Change.DeclaredAreaKm2.GetValueOrDefault(unit.Code) + declaredKm2;
        }

        Finish(context, op, unit, absorbed.Select(u => u.Code).Concat(op.Parts.Select(p => p.From)));
        context.Change.Message += ": " + StepContext.Figures(unit.GeodesicAreaKm2 + (declaredKm2 == 0 ? 0 : declaredKm2), unit.Population?.Value)
            + (declaredKm2 != 0 ? " (" + DeclaredFigure.Flag + ")" : "");
        return null;
    }

    private static OperationRefusal? Upper(StepContext context, EstablishOperation op, UnitCode parent, List<AdminUnit> absorbed, List<AdminUnit> children)
    {
        var unit = FormedUnit.Build(context, op.Unit, parent, absorbed, null, 0);
        context.Change.Set(unit);
        context.MarkFormed(unit.Code, absorbed);
        foreach (var child in children)
        {
            context.Change.Set(child with { ParentCode = unit.Code });
        }

        MergeStep.Reparent(context, absorbed, unit.Code);
        foreach (var whole in absorbed.Where(u => u.Code != unit.Code))
        {
            context.Change.Remove(whole.Code, unit.Code);
        }

        Finish(context, op, unit, absorbed.Concat(children).Select(u => u.Code));
        return null;
    }

    private static void Finish(StepContext context, EstablishOperation op, AdminUnit unit, IEnumerable<UnitCode> from)
    {
        var sources = from.ToList();
        if (sources.Count > 0)
        {
            context.Change.Anchors[unit.Code] = sources[0];
        }

        if (op.Unit.Seat is { } seat)
        {
            context.Change.Seats[unit.Code] = seat;
        }

        context.Change.Message = $"{StepContext.Name(unit)} thành lập, thuộc {op.Parent}, từ {string.Join(", ", sources)}";
    }
}
