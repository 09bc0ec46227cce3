namespace Boundaries.Data.Export;

/// <summary>One named property of an assessment as written to CSV, JSON and GeoJSON.</summary>
/// <param name="Name">The column or property name.</param>
/// <param name="Value">A string, long, double (already rounded), bool, or null when unknown.</param>
public sealed record AssessmentField(string Name, object? Value);
