using Boundaries.Core.Geodesy;

namespace Boundaries.Core.Units;

/// <summary>A polygon of the source data that belongs to no current unit, kept so that area is not lost.</summary>
/// <remarks>
/// Example: the c. 2009 layer has one polygon "Thị trấn Duyên Hải", which in 2015 became Phường 1 and
/// Phường 2 of thị xã Duyên Hải. No source splits it, so it is kept whole, counted in its district's area,
/// and each of the two phường says that its own polygon is missing.
/// </remarks>
/// <param name="Name">The name in the source.</param>
/// <param name="ParentCode">The current district it lies in, when known.</param>
/// <param name="Geometry">The polygon in lon/lat (SRID 4326).</param>
/// <param name="Note">What the polygon is and why it is not a unit.</param>
/// <param name="CoversCodes">Current units it covers, in whole or in part.</param>
public sealed record UnassignedArea(string Name, UnitCode? ParentCode, Geometry Geometry, string Note, IReadOnlyList<UnitCode> CoversCodes)
{
    /// <summary>Natural area on the WGS 84 ellipsoid in km².</summary>
    public double GeodesicAreaKm2 => EllipsoidalMeasure.AreaKm2(Geometry);
}
