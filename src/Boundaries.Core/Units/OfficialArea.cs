namespace Boundaries.Core.Units;

/// <summary>A natural area stated by an authority (statistical yearbook, resolution), kept beside the computed one.</summary>
/// <param name="Km2">Natural area in square kilometres.</param>
/// <param name="Year">The year the figure refers to, when known.</param>
/// <param name="Source">Where the figure is published.</param>
public sealed record OfficialArea(double Km2, int? Year, string Source);
