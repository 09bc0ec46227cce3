namespace Boundaries.Core.Scenarios;

/// <summary>How the territory of a <see cref="UnitPart"/> is given.</summary>
public abstract record PartShape;
