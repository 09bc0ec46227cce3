namespace Boundaries.Core.Planning;

/// <summary>A commune-level unit as the planner sees it: its index, neighbours and the measures compactness is computed from.</summary>
/// <param name="Index">The position in <see cref="PlanningProblem.Units"/>.</param>
/// <param name="Unit">The unit.</param>
/// <param name="PerimeterKm">The perimeter on the ellipsoid; 0 without a polygon.</param>
/// <param name="PlanarArea">The polygon's area in square degrees, for hull ratios; 0 without a polygon.</param>
/// <param name="HullPoints">The vertices of the polygon's convex hull (lon/lat); empty without a polygon.</param>
public sealed record PlanningUnit(int Index, AdminUnit Unit, double PerimeterKm, double PlanarArea, Coordinate[] HullPoints)
{
    /// <summary>The area used for compactness (ellipsoidal, km²); 0 without a polygon.</summary>
    public double AreaKm2 => Unit.GeodesicAreaKm2 ?? 0;
}
