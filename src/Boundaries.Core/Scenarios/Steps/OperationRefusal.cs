namespace Boundaries.Core.Scenarios.Steps;

/// <summary>Why an operation was refused: the check it would break, naming the operation and the unit.</summary>
/// <param name="OperationNumber">The operation's position in the scenario, counted from 1.</param>
/// <param name="Operation">The operation's kind ("merge").</param>
/// <param name="Unit">The unit concerned, when one is.</param>
/// <param name="Check">A stable key: "unknown-unit", "not-adjacent", "area-not-conserved", "population", "parent", "level", "code-in-use", "part", "type".</param>
/// <param name="Message">One line a planner can act on.</param>
public sealed record OperationRefusal(int OperationNumber, string Operation, UnitCode? Unit, string Check, string Message)
{
    /// <summary>"operation 2 (merge), unit 29239: message".</summary>
    public override string ToString() =>
        Unit is { } u ? $"thao tác {OperationNumber} ({Operation}), đơn vị {u}: {Message}" : $"thao tác {OperationNumber} ({Operation}): {Message}";
}
