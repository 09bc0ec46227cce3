namespace Boundaries.Core.Scenarios.Operations;

/// <summary>The part is known only by the area a resolution declares; no polygon is published, so the polygons stay as they are.</summary>
/// <remarks>Example: NQ 728/NQ-UBTVQH15 moves 3.13 km² and 490 people from xã Long Khánh to xã Ngũ Lạc without a map. Every output that uses the figure says it is declared.</remarks>
/// <param name="AreaKm2">The declared natural area in km².</param>
/// <param name="Source">Where the figure is declared (instrument and article).</param>
public sealed record DeclaredPart(double AreaKm2, string? Source = null) : PartShape;
