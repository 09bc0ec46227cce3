namespace Boundaries.Web.Scenarios;

/// <summary>A saved scenario as the list shows it.</summary>
/// <param name="Id">The id (file name without ".json").</param>
/// <param name="Title">The title; the file name when the file cannot be read.</param>
/// <param name="Version">The version a change must name.</param>
/// <param name="Operations">How many operations it holds.</param>
/// <param name="Updated">When its file was last written.</param>
/// <param name="Error">Why the file cannot be read, when it cannot.</param>
public sealed record ScenarioSummary(string Id, string Title, long Version, int Operations, DateTimeOffset Updated, string? Error);
