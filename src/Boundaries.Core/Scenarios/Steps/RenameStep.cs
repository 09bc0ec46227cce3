using Boundaries.Core.Scenarios.Operations;

namespace Boundaries.Core.Scenarios.Steps;

/// <summary>Plans a rename; code, type and territory stay.</summary>
internal static class RenameStep
{
    public static OperationRefusal? Plan(StepContext context, RenameOperation op)
    {
        if (context.Resolve(op.Unit, out var unit) is { } unknown)
        {
            return unknown;
        }

        if (string.IsNullOrWhiteSpace(op.Name) || op.Name.Trim() == unit.Name)
        {
            return context.Refuse(unit.Code, "no-change", $"hãy đặt cho {StepContext.Name(unit)} một tên mới, không để trống");
        }

        var renamed = unit with { Name = op.Name.Trim() };
        context.Change.Set(renamed);
        context.Change.Message = $"{StepContext.Name(unit)} → {StepContext.Name(renamed)}";
        return null;
    }
}
