namespace Boundaries.Web.Scenarios;

/// <summary>A scenario as the page shows it: identity, version, operations, and what undo and redo would do.</summary>
/// <param name="Id">The id.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">Free text.</param>
/// <param name="EffectiveDate">The day it would take effect; the default evaluation date.</param>
/// <param name="Version">The version the next change must name.</param>
/// <param name="Dataset">The baseline dataset it names.</param>
/// <param name="Operations">The operations applied, in order.</param>
/// <param name="Redo">The operations undone, the next to redo first.</param>
/// <param name="Refusal">Why a stored operation could not be applied when the file was opened; it waits in <paramref name="Redo"/>.</param>
/// <param name="File">The scenario file's name in the scenarios folder; null for a shared scenario kept in the project's database.</param>
public sealed record ScenarioState(
    string Id,
    string Title,
    string? Description,
    DateOnly? EffectiveDate,
    long Version,
    string Dataset,
    IReadOnlyList<OperationEntry> Operations,
    IReadOnlyList<OperationEntry> Redo,
    string? Refusal,
    string? File)
{
    /// <summary>Describes a session; call under its gate.</summary>
    internal static ScenarioState Of(ScenarioSession session)
    {
        var scenario = session.Scenario;
        var operations = scenario.Operations.Select((op, i) => new OperationEntry(i + 1, op.Kind, session.Describe(op), op.Note)).ToList();
        var redo = session.RedoStack.Reverse().Select((op, i) => new OperationEntry(operations.Count + i + 1, op.Kind, session.Describe(op), op.Note)).ToList();
        return new ScenarioState(
            session.Id,
            scenario.Title,
            scenario.Description,
            scenario.EffectiveDate,
            session.Version,
            scenario.Baseline.Dataset,
            operations,
            redo,
            session.Refusal?.ToString(),
            session.FileName);
    }
}
