using Boundaries.Core.Scenarios.Results;

namespace Boundaries.Core.Scenarios.Steps;

/// <summary>The result of applying one operation to a workspace: what it did, or why it was refused.</summary>
/// <param name="Number">The operation's position, counted from 1.</param>
/// <param name="Entry">The change-log entry when the operation was applied.</param>
/// <param name="Refusal">Why it was refused; the workspace is then unchanged.</param>
/// <param name="Changed">The units as they are after the operation (those that ceased are not listed).</param>
public sealed record OperationOutcome(int Number, ChangeLogEntry? Entry, OperationRefusal? Refusal, IReadOnlyList<AdminUnit> Changed)
{
    /// <summary>True when the operation was applied.</summary>
    public bool Applied => Refusal is null;
}
