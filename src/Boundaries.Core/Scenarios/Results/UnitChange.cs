namespace Boundaries.Core.Scenarios.Results;

/// <summary>One affected unit before and after a scenario; a unit that ceased has no after, a new one no before.</summary>
/// <param name="Before">The unit in the baseline, or null for a unit that did not exist.</param>
/// <param name="After">The unit in the result, or null for a unit that ceased.</param>
/// <param name="What">The kinds of change, e.g. "merged", "area", "population", "parent", "type", "name", "created", "ceased".</param>
/// <param name="OperationNumbers">The operations that touched it, counted from 1.</param>
/// <param name="WentTo">For a unit that ceased: the codes of the units that took its territory.</param>
/// <param name="Seat">The seat named by the operation that formed or changed the unit.</param>
public sealed record UnitChange(UnitSnapshot? Before, UnitSnapshot? After, IReadOnlyList<string> What, IReadOnlyList<int> OperationNumbers, IReadOnlyList<UnitCode> WentTo, string? Seat)
{
    /// <summary>The code to list the row under: the code after, else before.</summary>
    public UnitCode Code => After?.Code ?? Before!.Code;

    /// <summary>True when a declared figure is involved before or after.</summary>
    public bool Declared => (Before?.Declared ?? false) || (After?.Declared ?? false);
}
