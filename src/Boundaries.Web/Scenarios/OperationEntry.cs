namespace Boundaries.Web.Scenarios;

/// <summary>One operation of a scenario as the page lists it.</summary>
/// <param name="Number">Its position, counted from 1.</param>
/// <param name="Op">Its kind as scenario files write it ("merge").</param>
/// <param name="Label">What it does, in Vietnamese.</param>
/// <param name="Note">The planner's note, when given.</param>
public sealed record OperationEntry(int Number, string Op, string Label, string? Note);
