namespace Boundaries.Data.References;

/// <summary>A layer a planner recognises, drawn under the map of the project as lines: its label names its vintage and source.</summary>
/// <param name="Id">The layer's id in the API ("other-baseline", "province", "seats").</param>
/// <param name="Label">What the legend says, in Vietnamese, with the vintage and the source.</param>
/// <param name="Note">What the data lacks or how it differs from the project's territory, in Vietnamese; null when nothing.</param>
/// <param name="Shapes">The polygons; empty when the data has none.</param>
public sealed record ReferenceLayer(string Id, string Label, string? Note, IReadOnlyList<ReferenceShape> Shapes);
