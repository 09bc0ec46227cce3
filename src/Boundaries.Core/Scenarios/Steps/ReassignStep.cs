using Boundaries.Core.Scenarios.Operations;
namespace Boundaries.Core.Scenarios.Steps;

/// <summary>Plans a reassignment: whole units move under another parent, keeping their code, name and type.</summary>
internal static class ReassignStep
{
    public static OperationRefusal? Plan(StepContext context, ReassignOperation op)
    {
        if (op.Units.Count == 0)
        {
            return context.Refuse(op.To, "reassign", "hãy chọn ít nhất một đơn vị để chuyển");
        }

        if (context.Resolve(op.To, out var parent) is { } unknownParent)
        {
            return unknownParent;
        }

        if (context.Resolve(op.Units, out var units) is { } unknown)
        {
            return unknown;
        }

        foreach (var unit in units)
        {
            if (!Tiers.MayBeUnder(unit.Level, parent.Level, context.Map.TwoTier))
            {
                return context.Refuse(unit.Code, "level", $"{StepContext.Name(unit)} (đơn vị {unit.Level.VietnameseName()}) không thể trực thuộc {StepContext.Name(parent)} (đơn vị {parent.Level.VietnameseName()})");
            }

            if (unit.ParentCode == parent.Code)
            {
                return context.Refuse(unit.Code, "no-change", $"{StepContext.Name(unit)} đã trực thuộc {StepContext.Name(parent)}");
            }

            context.Change.Set(unit with { ParentCode = parent.Code });
        }

        context.Change.Message = $"{string.Join(", ", units.Select(StepContext.Name))} → thuộc {StepContext.Name(parent)}: "
            + StepContext.Figures(units.Sum(u => u.GeodesicAreaKm2 ?? 0), units.Sum(u => u.Population?.Value ?? 0));
        if (units.Any(u => u.Geometry is null && u.Level == Units.UnitLevel.Commune))
        {
            context.Change.Notes.Add($"không có ranh giới (không tính diện tích): {string.Join(", ", units.Where(u => u.Geometry is null).Select(StepContext.Name))}");
        }

        return null;
    }
}
