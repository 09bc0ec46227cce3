namespace Boundaries.Core.Units;

/// <summary>A population count with the year it refers to and where it comes from.</summary>
/// <param name="Value">Number of people.</param>
/// <param name="Year">The year of the count (2019 for the census of 1/4/2019).</param>
/// <param name="Source">The publication, e.g. "GSO Population and Housing Census 1/4/2019".</param>
public sealed record PopulationFigure(long Value, int Year, string Source);
