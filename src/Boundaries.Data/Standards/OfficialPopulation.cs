using Boundaries.Core.Standards;

namespace Boundaries.Data.Standards;

/// <summary>A population figure stated by an authority for a unit, whose reference year may be unknown.</summary>
/// <param name="Value">Number of people.</param>
/// <param name="Year">The year the count refers to; null when the source does not say.</param>
/// <param name="Source">Where the figure is published.</param>
/// <param name="Status">Confirmed or derived (unconfirmed figures are not offered).</param>
public sealed record OfficialPopulation(long Value, int? Year, string Source, RuleStatus Status);
