namespace Boundaries.Core.Units;

/// <summary>A population stated by an authority (a resolution, the 2025 arrangement map), kept beside the census figure.</summary>
/// <param name="Value">Number of people.</param>
/// <param name="Year">The year the figure refers to; null when the source does not say (the 2025 declared figures are undated).</param>
/// <param name="Source">Where the figure is published.</param>
public sealed record OfficialPopulation(long Value, int? Year, string Source);
