using Boundaries.Core.Scenarios.Operations;

namespace Boundaries.Core.Scenarios.Steps;

/// <summary>Plans a change of type within a level (xã → phường, huyện → thị xã).</summary>
internal static class ChangeTypeStep
{
    public static OperationRefusal? Plan(StepContext context, ChangeTypeOperation op)
    {
        if (context.Resolve(op.Unit, out var unit) is { } unknown)
        {
            return unknown;
        }

        if (op.Type.LevelOf() != unit.Level)
        {
            return context.Refuse(unit.Code, "type", $"{StepContext.Name(unit)} là đơn vị {unit.Level.VietnameseName()} nên không thể trở thành {op.Type.VietnameseName()} (đơn vị {op.Type.LevelOf().VietnameseName()})");
        }

        if (op.Type == unit.Type)
        {
            return context.Refuse(unit.Code, "no-change", $"{StepContext.Name(unit)} đã là {unit.Type.VietnameseName()}");
        }

        var changed = unit with { Type = op.Type };
        context.Change.Set(changed);
        context.Change.Message = $"{StepContext.Name(unit)} → {StepContext.Name(changed)}";
        return null;
    }
}
