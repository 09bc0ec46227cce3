namespace Boundaries.Core.Coverage.Dissolving;

/// <summary>The union of one group of polygons and how it was computed.</summary>
/// <param name="Geometry">The dissolved (multi)polygon, in the coordinates of the parts (lon/lat for units).</param>
/// <param name="Method">Coverage union after a clean validation, or robust overlay.</param>
public sealed record DissolvedGroup(Geometry Geometry, DissolveMethod Method);
