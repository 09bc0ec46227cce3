namespace Boundaries.Core.Units;

/// <summary>A measured reason to doubt one of a unit's recorded figures, so that every verdict resting on it can say so.</summary>
/// <remarks>
/// Example: the declared population of xã Tân Hòa (2025) is a tenth of the 2019 census of the communes it was made
/// from, which looks like a dropped digit. The figure is kept as published; the doubt travels with it.
/// </remarks>
/// <param name="Figure">Which figure is doubtful.</param>
/// <param name="Reason">Why, in Vietnamese as a planner would write it, with the numbers compared.</param>
/// <param name="Source">Who measured it (the quality report of the data).</param>
public sealed record FigureDoubt(DoubtedFigure Figure, string Reason, string Source);
