using Boundaries.Core.Scenarios.Operations;

namespace Boundaries.Core.Scenarios.Steps;

/// <summary>Plans a rename; code, type and territory stay.</summary>
internal static class RenameStep
{
    public static OperationRefusal? Plan(StepContext context, RenameOperation op) =>
        context.Amend(
            op.Unit,
            unit => string.IsNullOrWhiteSpace(op.Name) || op.Name.Trim() == unit.Name
                ? context.Refuse(unit.Code, "no-change", $"hãy đặt cho {StepContext.Name(unit)} một tên mới, không để trống")
                : null,
            unit => unit with { Name = op.Name.Trim() });
}
