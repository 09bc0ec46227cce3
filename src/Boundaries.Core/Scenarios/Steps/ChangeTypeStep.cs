using Boundaries.Core.Scenarios.Operations;

namespace Boundaries.Core.Scenarios.Steps;

/// <summary>Plans a change of type within a level (xã → phường, huyện → thị xã).</summary>
internal static class ChangeTypeStep
{
    public static OperationRefusal? Plan(StepContext context, ChangeTypeOperation op) =>
        context.Amend(op.Unit, unit => Refusal(context, op, unit), unit => unit with { Type = op.Type });

    private static OperationRefusal? Refusal(StepContext context, ChangeTypeOperation op, AdminUnit unit)
    {
        if (op.Type.LevelOf() != unit.Level)
        {
            return context.Refuse(unit.Code, "type", $"{StepContext.Name(unit)} là đơn vị {unit.Level.VietnameseName()} nên không thể trở thành {op.Type.VietnameseName()} (đơn vị {op.Type.LevelOf().VietnameseName()})");
        }

        return op.Type == unit.Type
            ? context.Refuse(unit.Code, "no-change", $"{StepContext.Name(unit)} đã là {unit.Type.VietnameseName()}")
            : null;
    }
}
