namespace Boundaries.Core.Units;

/// <summary>A population stated by an authority (a resolution's dossier, the province's report, the declared figures of 2025), kept beside the census count.</summary>
/// <param name="Value">Number of people.</param>
/// <param name="Year">The year the count refers to; null when the source does not say.</param>
/// <param name="Source">Where the figure is published.</param>
public sealed record OfficialPopulation(long Value, int? Year, string Source);
