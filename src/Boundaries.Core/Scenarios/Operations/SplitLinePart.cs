namespace Boundaries.Core.Scenarios.Operations;

/// <summary>The part is the piece of the unit, cut by a line, that contains a given point.</summary>
/// <param name="Line">A line or multiline in lon/lat that crosses the unit from boundary to boundary.</param>
/// <param name="PointInside">A point (x = longitude, y = latitude) inside the piece that moves.</param>
public sealed record SplitLinePart(Geometry Line, Coordinate PointInside) : PartShape;
