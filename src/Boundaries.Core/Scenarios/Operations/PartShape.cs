namespace Boundaries.Core.Scenarios.Operations;

/// <summary>How the territory of a <see cref="UnitPart"/> is given.</summary>
public abstract record PartShape;
