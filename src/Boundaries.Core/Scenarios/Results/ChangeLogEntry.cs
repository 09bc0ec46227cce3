namespace Boundaries.Core.Scenarios.Results;

/// <summary>What one operation did, in one line, with the units it touched.</summary>
/// <param name="OperationNumber">The operation's position in the scenario, counted from 1.</param>
/// <param name="Operation">The operation's kind.</param>
/// <param name="Message">What happened, with figures ("Phường 2 (29245) + … → Phường 3 (29242): 1,48 km², 17.112 người").</param>
/// <param name="Units">Codes of the units before and after.</param>
/// <param name="Method">How the polygons were combined ("coverage union", "winding-number union", "overlay union", "declared figures — no published polygon", "attributes only").</param>
/// <param name="Notes">Anything the planner should know: input overlaps removed, parts of a polygon outside the unit, units without a polygon.</param>
public sealed record ChangeLogEntry(int OperationNumber, string Operation, string Message, IReadOnlyList<UnitCode> Units, string Method, IReadOnlyList<string> Notes)
{
    /// <summary>True when the operation moved figures that are declared only (no polygon).</summary>
    public bool Declared { get; init; }
}
