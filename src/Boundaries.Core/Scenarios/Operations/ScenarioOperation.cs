namespace Boundaries.Core.Scenarios.Operations;

/// <summary>One step of a scenario; the subclasses are the arrangements the law knows (nhập, điều chỉnh địa giới, thành lập, giải thể, đổi tên, chuyển loại).</summary>
public abstract record ScenarioOperation
{
    /// <summary>The operation's name as written in scenario files ("merge", "transfer", …).</summary>
    public abstract string Kind { get; }

    /// <summary>Why the step is taken, or what it follows, in the planner's words.</summary>
    public string? Note { get; init; }

    /// <summary>Every unit code the operation names, for checking that they exist.</summary>
    public abstract IEnumerable<UnitCode> NamedUnits { get; }
}
